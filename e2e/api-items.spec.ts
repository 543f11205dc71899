import { expect } from "@playwright/test";
import {
  createItem,
  DEMO,
  expectError,
  expectJson,
  getItem,
  getSource,
  history,
  seededSentence,
  trackerRows,
  uniqueTitle,
} from "./api-helpers";
import { ACCOUNTS, apiTest as test } from "./fixtures";

test("an analyst records an item with a quoted source, edits it, reverts the edit, and the history tells it all", async ({ api }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst);
  const { source, excerpt, startOffset } = await seededSentence(analyst);

  const recorded = await expectJson<{ eventId: string; version: number }>(
    await analyst.post(`${DEMO}/items/${item.id}/status-changes`, {
      data: { expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "The article dates it to 2019.", citations: [{ sourceId: source.id, excerpt }] },
    }),
    201,
  );
  expect(recorded.version).toBe(2);
  const withStatus = await getItem(analyst, item.id);
  expect(withStatus).toMatchObject({ version: 2, currentStatus: "in_force", needsSource: false });
  expect(withStatus.statusEvents).toEqual([
    expect.objectContaining({ id: recorded.eventId, status: "in_force", noSourceYet: false, citations: [expect.objectContaining({ excerpt, source: expect.objectContaining({ id: source.id }) })] }),
  ]);
  // The source, read back, places the new citation where the excerpt stands in its text.
  const cited = (await getSource(analyst, source.id)).citations.filter((c) => c.statusEvent.item.id === item.id);
  expect(cited).toEqual([
    expect.objectContaining({ startOffset, endOffset: startOffset + excerpt.length, statusEvent: { status: "in_force", item: expect.objectContaining({ id: item.id }) } }),
  ]);

  const newTitle = `${item.title} (edited)`;
  const edited = await analyst.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 2, fields: { title: newTitle }, reason: "Clearer title" } });
  expect(await expectJson(edited, 200)).toEqual({ version: 3 });
  // An edit changes only the fields it names.
  expect(await getItem(analyst, item.id)).toMatchObject({ version: 3, title: newTitle, summary: "Made by an API test.", tags: ["api-test"], affectedJurisdictions: ["KR"] });

  const changes = await history(analyst, item.id);
  expect(changes.map((c) => c.type)).toEqual(["item.updated", "status.recorded", "item.created"]);
  const edit = changes[0];
  expect(edit).toMatchObject({
    actorName: ACCOUNTS.analyst.name,
    reason: "Clearer title",
    diff: { title: { before: item.title, after: newTitle }, version: { before: 2, after: 3 } },
    revertedById: null,
  });
  expect(Object.keys(edit?.diff ?? {}).sort()).toEqual(["title", "version"]);
  const editId = edit?.id as string;

  const reverted = await analyst.post(`${DEMO}/changes/${editId}/revert`, { data: { expectedVersion: 3, reason: "Keep the original title" } });
  expect(await expectJson(reverted, 201)).toEqual({ version: 4 });
  expect(await getItem(analyst, item.id)).toMatchObject({ version: 4, title: item.title, summary: "Made by an API test.", currentStatus: "in_force" });

  const after = await history(analyst, item.id);
  expect(after.map((c) => c.type)).toEqual(["item.updated", "item.updated", "status.recorded", "item.created"]);
  const [revert, original] = after;
  expect(revert).toMatchObject({
    revertsId: editId,
    actorName: ACCOUNTS.analyst.name,
    reason: `Revert of change #${editId}: Keep the original title`,
    diff: { title: { before: newTitle, after: item.title }, version: { before: 3, after: 4 } },
  });
  expect(original).toMatchObject({ id: editId, revertedById: revert?.id });
  expect(await expectError(await analyst.post(`${DEMO}/changes/${editId}/revert`, { data: { expectedVersion: 4 } }), 400, "invalid")).toMatchObject({
    message: "This change has already been reverted.",
  });
});

test("a status without a source is flagged until a citation is added to it", async ({ api }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst);
  const { source, excerpt } = await seededSentence(analyst);
  const recorded = await expectJson<{ eventId: string; version: number }>(
    await analyst.post(`${DEMO}/items/${item.id}/status-changes`, {
      data: { expectedVersion: 1, status: "announced", effectiveOn: "2019-07-01", reason: "Reported; source to follow", noSourceYet: true },
    }),
    201,
  );
  expect(await getItem(analyst, item.id)).toMatchObject({ currentStatus: "announced", needsSource: true });
  expect((await trackerRows(analyst, "noSource=1")).map((r) => r.id)).toContain(item.id);

  const citation = await analyst.post(`${DEMO}/items/${item.id}/citations`, {
    data: { expectedVersion: recorded.version, statusEventId: recorded.eventId, sourceId: source.id, excerpt, reason: "Found the article" },
  });
  expect(await expectJson(citation, 201)).toEqual({ citationId: expect.any(String), version: 3 });
  const cited = await getItem(analyst, item.id);
  expect(cited).toMatchObject({ needsSource: false, statusEvents: [{ id: recorded.eventId, citations: [{ excerpt }] }] });
  expect((await trackerRows(analyst, "noSource=1")).map((r) => r.id)).not.toContain(item.id);
  expect((await history(analyst, item.id))[0]).toMatchObject({ type: "citation.added", reason: "Found the article" });
});

test("relations are added and removed, and items archived and restored, each as a versioned change", async ({ api }) => {
  const analyst = await api("analyst");
  const from = await createItem(analyst, "Relation from");
  const to = await createItem(analyst, "Relation to");

  const added = await expectJson<{ relationId: string; version: number }>(
    await analyst.post(`${DEMO}/items/${from.id}/relations`, { data: { expectedVersion: 1, type: "disputed_in", toItemId: to.id, note: "Challenged there" } }),
    201,
  );
  expect(added.version).toBe(2);
  expect((await getItem(analyst, from.id)).relationsFrom).toEqual([{ id: added.relationId, type: "disputed_in", note: "Challenged there", toItem: { id: to.id, title: to.title } }]);
  expect((await getItem(analyst, to.id)).relationsTo).toEqual([{ id: added.relationId, type: "disputed_in", note: "Challenged there", fromItem: { id: from.id, title: from.title } }]);
  const toItself = await expectError(await analyst.post(`${DEMO}/items/${from.id}/relations`, { data: { expectedVersion: 2, type: "related_to", toItemId: from.id } }), 400, "invalid");
  expect(Object.keys(toItself.fields ?? {})).toEqual(["toItemId"]);

  const relation = `${DEMO}/items/${from.id}/relations/${added.relationId}`;
  expect(Object.keys((await expectError(await analyst.delete(relation), 400, "invalid")).fields ?? {})).toEqual(["expectedVersion"]);
  await expectError(await analyst.delete(`${relation}?expectedVersion=1`), 409, "conflict");
  expect(await expectJson(await analyst.delete(`${relation}?expectedVersion=2&reason=${encodeURIComponent("Wrong forum")}`), 200)).toEqual({ version: 3 });
  expect((await getItem(analyst, from.id)).relationsFrom).toEqual([]);
  expect((await history(analyst, from.id))[0]).toMatchObject({ type: "relation.removed", reason: "Wrong forum", diff: { relationId: added.relationId } });
  await expectError(await analyst.delete(`${relation}?expectedVersion=3`), 404, "not_found");

  expect(await expectJson(await analyst.post(`${DEMO}/items/${from.id}/archive`, { data: { expectedVersion: 3, reason: "Duplicate" } }), 201)).toEqual({ version: 4 });
  expect((await getItem(analyst, from.id)).archivedAt).not.toBeNull();
  expect((await trackerRows(analyst)).map((r) => r.id)).not.toContain(from.id);
  expect(await expectError(await analyst.patch(`${DEMO}/items/${from.id}`, { data: { expectedVersion: 4, fields: { title: "Edited while archived" } } }), 400, "invalid")).toMatchObject({
    message: "This item is archived. Restore it before changing it.",
  });
  await expectError(await analyst.post(`${DEMO}/items/${from.id}/archive`, { data: { expectedVersion: 4 } }), 400, "invalid");

  expect(await expectJson(await analyst.post(`${DEMO}/items/${from.id}/restore`, { data: { expectedVersion: 4 } }), 201)).toEqual({ version: 5 });
  expect((await getItem(analyst, from.id)).archivedAt).toBeNull();
  expect((await trackerRows(analyst)).map((r) => r.id)).toContain(from.id);
  expect((await history(analyst, from.id)).slice(0, 2).map((c) => c.type)).toEqual(["item.restored", "item.archived"]);
});

test("a source is added and read back, and the same text twice is a conflict naming the first", async ({ api }) => {
  const analyst = await api("analyst");
  const title = uniqueTitle("An API test article");
  const body = `${title}. Tokyo said it would review its export controls on chip materials.\n\nSeoul welcomed the review.`;
  const added = await expectJson<{ id: string; title: string }>(
    await analyst.post(`${DEMO}/sources`, { data: { title, language: "en", body, publishedOn: "2024-02", url: "https://example.test/article" } }),
    201,
  );
  expect(added.title).toBe(title);
  expect(await getSource(analyst, added.id)).toMatchObject({ id: added.id, title, language: "en", body, citations: [] });

  const again = await analyst.post(`${DEMO}/sources`, { data: { title: "The same text", language: "en", body: body.replace("\n\n", " ") } });
  expect(await expectError(again, 409, "conflict")).toMatchObject({ current: { id: added.id, title } });

  const invalid = await expectError(await analyst.post(`${DEMO}/sources`, { data: { title: "No language", body: "Text", url: "ftp://example.test" } }), 400, "invalid");
  expect(Object.keys(invalid.fields ?? {}).sort()).toEqual(["language", "url"]);
  await expectError(await (await api("viewer")).post(`${DEMO}/sources`, { data: { title: "By a viewer", language: "en", body: `${title} viewer` } }), 403, "forbidden");
});
