import type { ItemKind } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/tracking/kinds";

const TONES: Record<string, string> = {
  in_force: "bg-red-100 text-red-900",
  delisted: "bg-red-100 text-red-900",
  filed: "bg-amber-100 text-amber-900",
  active: "bg-amber-100 text-amber-900",
  lifted: "bg-emerald-100 text-emerald-900",
  listed: "bg-emerald-100 text-emerald-900",
  withdrawn: "bg-slate-200 text-slate-800",
  resolved: "bg-emerald-100 text-emerald-900",
  proposed: "bg-sky-100 text-sky-900",
  agreed: "bg-sky-100 text-sky-900",
};

export function StatusBadge({ kind, status }: { kind: ItemKind; status: string | null }) {
  if (!status) return <span className="text-sm text-slate-600">No status yet</span>;
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONES[status] ?? "bg-slate-100 text-slate-800"}`}>
      {statusLabel(kind, status)}
    </span>
  );
}
