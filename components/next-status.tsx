import type { ItemKind } from "@/lib/generated/prisma/enums";
import { comingLabel } from "@/lib/tracking/kinds";
import { formatPartialDate } from "@/lib/tracking/partial-date";
import type { NextStatus as Next } from "@/lib/tracking/query-tracker";

/**
 * The next status already announced on the day shown: "Relisting announced 27 June 2023, effective 21 July 2023". Never
 * shown as the current status, which it is not yet.
 */
export function NextStatus({ kind, current, next, className = "" }: { kind: ItemKind; current: string | null; next: Next | null; className?: string }) {
  if (!next) return null;
  const label = comingLabel(kind, next.status, current);
  const effective = formatPartialDate(next.effectiveOn, next.precision);
  const announced = next.announcedOn && next.announcedPrecision ? formatPartialDate(next.announcedOn, next.announcedPrecision) : null;
  return (
    <span className={`block text-sm text-slate-700 ${className}`} data-testid="next-status">
      {announced ? `${label} announced ${announced}, effective ${effective}` : `${label} scheduled, effective ${effective}`}
    </span>
  );
}
