import type { ItemKind } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { statusTone } from "./status-tone";

/** A status by its name (or "No status" for none), in its tone: the markup alone, for rows whose words come ready-made. */
export function StatusLabel({ status, label }: { status: string | null; label: string }) {
  if (!status) return <span className="text-sm text-slate-600">{label}</span>;
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${statusTone(status).badge}`}>{label}</span>;
}

export function StatusBadge({ kind, status }: { kind: ItemKind; status: string | null }) {
  const words = useWords();
  const t = useTranslations("common");
  return <StatusLabel status={status} label={status ? words.status(kind, status) : t("noStatus")} />;
}
