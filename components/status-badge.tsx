import type { ItemKind } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/tracking/kinds";
import { statusTone } from "./status-tone";

export function StatusBadge({ kind, status }: { kind: ItemKind; status: string | null }) {
  if (!status) return <span className="text-sm text-slate-600">No status yet</span>;
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${statusTone(status).badge}`}>{statusLabel(kind, status)}</span>;
}
