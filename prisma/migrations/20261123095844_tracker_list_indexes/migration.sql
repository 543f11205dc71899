-- Hand-written: indexes for the tracker's keyset pages (EXPLAIN ANALYZE on the 100,000-item benchmark workspace).
-- Each sort walks an index in order and stops after a page instead of sorting every matching item. Not partial on
-- archivedAt: "as recorded on" views list items archived since.
CREATE INDEX "TrackedItem_ws_updated_idx" ON "TrackedItem" ("workspaceId", "updatedAt" DESC, id DESC);
CREATE INDEX "TrackedItem_ws_title_idx" ON "TrackedItem" ("workspaceId", title, id);
CREATE INDEX "TrackedItem_ws_kind_updated_idx" ON "TrackedItem" ("workspaceId", kind, "updatedAt" DESC, id DESC);
CREATE INDEX "TrackedItem_ws_kind_title_idx" ON "TrackedItem" ("workspaceId", kind, title, id);
-- Jurisdiction and tag filters (array overlap).
CREATE INDEX "TrackedItem_implementing_gin_idx" ON "TrackedItem" USING gin ("implementingJurisdictions");
CREATE INDEX "TrackedItem_affected_gin_idx" ON "TrackedItem" USING gin ("affectedJurisdictions");
CREATE INDEX "TrackedItem_tags_gin_idx" ON "TrackedItem" USING gin (tags);
