import type { DatePrecision, ItemKind } from "@/lib/generated/prisma/enums";
import { comingLabel } from "@/lib/tracking/kinds";
import { formatPartialDate } from "@/lib/tracking/partial-date";

type Coming = { status: string; effectiveOn: Date; precision: DatePrecision; announcedOn: Date | null; announcedPrecision: DatePrecision | null };

/**
 * A status still ahead of the day shown, in words: "Relisting announced 27 June 2023, effective 21 July 2023", or
 * "Lifting scheduled, effective 24 April 2023" when no announcement date is known. `current` is the status in force
 * before it.
 */
export function comingText(kind: ItemKind, current: string | null, coming: Coming): string {
  const label = comingLabel(kind, coming.status, current);
  const effective = formatPartialDate(coming.effectiveOn, coming.precision);
  const announced = coming.announcedOn && coming.announcedPrecision ? formatPartialDate(coming.announcedOn, coming.announcedPrecision) : null;
  return announced ? `${label} announced ${announced}, effective ${effective}` : `${label} scheduled, effective ${effective}`;
}
