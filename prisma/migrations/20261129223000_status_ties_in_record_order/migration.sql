-- Statuses of one item with the same date and the same record time (to the millisecond: an import writes an item's
-- statuses in one statement, and quick writes can share a millisecond) are ordered by their change record's id, the
-- order they were recorded in, so the later recorded is the one in force; before, the plan chose (docs/decisions/028).
-- Events from before change ids existed (none written since the integrity migration) count as the earliest recorded.

-- Hand-written (Prisma's schema cannot place nulls): read backwards, the index gives pt_status_on's order exactly, so
-- the status in force on a day is still one entry, with no sort per call. Built before the old one is dropped: the
-- build holds writes of status events but lets reads go on; dropping first would hold reads too, for the whole build.
CREATE INDEX "StatusEvent_itemId_effectiveOn_recordedAt_changeId_idx" ON "StatusEvent" ("itemId", "effectiveOn", "recordedAt", "changeId" NULLS FIRST);

-- DropIndex
DROP INDEX "StatusEvent_itemId_effectiveOn_recordedAt_idx";

CREATE OR REPLACE FUNCTION pt_status_on(p_item uuid, p_valid date, p_recorded timestamptz)
RETURNS TABLE (
  "eventId" uuid, status text, "effectiveOn" date, "precision" "DatePrecision", "announcedOn" date,
  "announcedPrecision" "DatePrecision", "needsSource" boolean,
  "nextEventId" uuid, "nextStatus" text, "nextEffectiveOn" date, "nextPrecision" "DatePrecision",
  "nextAnnouncedOn" date, "nextAnnouncedPrecision" "DatePrecision"
) LANGUAGE sql STABLE AS $$
  SELECT cur.id, cur.status, cur."effectiveOn", cur.precision, cur."announcedOn", cur."announcedPrecision",
         COALESCE(cur."noSourceYet" AND NOT EXISTS (
           SELECT 1 FROM "Citation" c WHERE c."statusEventId" = cur.id AND (p_recorded IS NULL OR c."createdAt" <= p_recorded)), FALSE),
         nxt.id, nxt.status, nxt."effectiveOn", nxt.precision, nxt."announcedOn", nxt."announcedPrecision"
  FROM (SELECT) AS one
  LEFT JOIN LATERAL (
    SELECT e.* FROM "StatusEvent" e
    WHERE e."itemId" = p_item AND e."effectiveOn" <= p_valid
      AND (p_recorded IS NULL OR e."recordedAt" <= p_recorded)
      AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id AND (p_recorded IS NULL OR x."recordedAt" <= p_recorded))
    ORDER BY e."effectiveOn" DESC, e."recordedAt" DESC, e."changeId" DESC NULLS LAST LIMIT 1
  ) cur ON TRUE
  LEFT JOIN LATERAL (
    SELECT e.* FROM "StatusEvent" e
    WHERE e."itemId" = p_item AND e."effectiveOn" > p_valid
      AND COALESCE(e."announcedOn", (e."recordedAt" AT TIME ZONE 'UTC')::date) <= p_valid
      AND (p_recorded IS NULL OR e."recordedAt" <= p_recorded)
      AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id AND (p_recorded IS NULL OR x."recordedAt" <= p_recorded))
    ORDER BY e."effectiveOn" ASC, e."recordedAt" DESC, e."changeId" DESC NULLS LAST LIMIT 1
  ) nxt ON TRUE
$$;

