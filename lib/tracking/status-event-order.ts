import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The order of an item's status events, for a query that names them `e`: by effective date, then in the order they
 * were recorded (record time, then the change record's id, which breaks ties within a millisecond; events from before
 * change ids first), as pt_status_on reads them (docs/decisions/005). Every list of statuses and every reader that
 * states pt_status_on's rule again sorts by it, so the last of one date is the one in force everywhere.
 */
export const STATUS_EVENT_ORDER = Prisma.sql`e."effectiveOn", e."recordedAt", e."changeId" NULLS FIRST, e.id`;

/** The same order reversed: the latest first. */
export const STATUS_EVENT_ORDER_DESC = Prisma.sql`e."effectiveOn" DESC, e."recordedAt" DESC, e."changeId" DESC NULLS LAST, e.id DESC`;
