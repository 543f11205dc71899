import type { ItemKind } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { statusTone } from "./status-tone";

export function StatusBadge({ kind, status }: { kind: ItemKind; status: string | null }) {
  const words = useWords();
  const t = useTranslations("common");
  if (!status) return <span className="text-sm text-slate-600">{t("noStatus")}</span>;
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${statusTone(status).badge}`}>{words.status(kind, status)}</span>;
}
