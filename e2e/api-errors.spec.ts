import { expect } from "@playwright/test";
import {
  createItem,
  DEMO,
  expectError,
  expectJson,
  exportControlsItem,
  getItem,
  history,
  itemOfAnotherWorkspace,
  seededSentence,
  type Item,
} from "./api-helpers";
import { ACCOUNTS, apiTest as test } from "./fixtures";

const UNKNOWN_ID = "01a20000-0000-7000-8000-000000000000";

test("anonymous requests get 401 with a JSON error", async ({ api }) => {
  const anonymous = await api();
  const item = await exportControlsItem(await api("viewer"));
  for (const response of [
    await anonymous.get(`${DEMO}/items`),
    await anonymous.get(`${DEMO}/items/${item.id}`),
    await anonymous.get(`${DEMO}/changes`),
    await anonymous.post(`${DEMO}/items`, { data: { kind: "export_control", title: "Anonymous", implementingJurisdictions: ["JP"] } }),
    await anonymous.post(`${DEMO}/items/${item.id}/status-changes`, { data: {} }),
  ]) {
    expect(await expectError(response, 401, "unauthenticated")).toEqual({ code: "unauthenticated", message: "Sign in to continue." });
  }
});

test("a viewer reads the tracker, but a forged status change from a viewer is refused with 403", async ({ api }) => {
  const viewer = await api("viewer");
  const item = await exportControlsItem(viewer);
  const { source, excerpt } = await seededSentence(viewer);
  const before = await history(viewer, item.id);

  const forged = await viewer.post(`${DEMO}/items/${item.id}/status-changes`, {
    data: {
      expectedVersion: item.version,
      status: "eased",
      effectiveOn: "2024-01",
      reason: "Forged by a viewer",
      citations: [{ sourceId: source.id, excerpt }],
    },
  });
  expect(await expectError(forged, 403, "forbidden")).toEqual({ code: "forbidden", message: "You do not have permission to do that." });
  await expectError(await viewer.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: item.version, fields: { title: "Renamed by a viewer" } } }), 403, "forbidden");
  await expectError(await viewer.post(`${DEMO}/items`, { data: { kind: "export_control", title: "By a viewer", implementingJurisdictions: ["JP"] } }), 403, "forbidden");

  const after = await getItem(viewer, item.id);
  expect(after.version).toBe(item.version);
  expect(after.currentStatus).toBe("lifted");
  expect(after.title).toBe(item.title);
  expect(await history(viewer, item.id)).toEqual(before);
});

test("ids that name nothing, or nothing of this workspace, give 404", async ({ api }) => {
  const analyst = await api("analyst");
  const { id: itemId } = await createItem(analyst);
  const foreignId = await itemOfAnotherWorkspace();
  // Complete, valid bodies: the domain checks its input before it looks the item up.
  const write = { expectedVersion: 1, fields: { title: "Should not be saved" } };
  const noSourceYet = { expectedVersion: 1, status: "announced", effectiveOn: "2024", reason: "Should not be saved", noSourceYet: true };

  // The last two are escapes that do not decode (malformed, not UTF-8): Next.js answered them with a bare 500.
  for (const id of [UNKNOWN_ID, foreignId, "not-a-uuid", "123", "%E0%A4%A", "%ED%A0%80"]) {
    expect(await expectError(await analyst.get(`${DEMO}/items/${id}`), 404, "not_found")).toEqual({ code: "not_found", message: "Item was not found." });
    await expectError(await analyst.patch(`${DEMO}/items/${id}`, { data: write }), 404, "not_found");
    await expectError(await analyst.post(`${DEMO}/items/${id}/status-changes`, { data: noSourceYet }), 404, "not_found");
    await expectError(await analyst.post(`${DEMO}/items/${id}/archive`, { data: { expectedVersion: 1 } }), 404, "not_found");
    await expectError(await analyst.get(`${DEMO}/items/${id}/history`), 404, "not_found");
  }
  // An item's history filtered down to nothing is an empty page, not "not found".
  expect(await expectJson(await analyst.get(`${DEMO}/items/${itemId}/history?type=citation`), 200)).toEqual({ changes: [] });
  await expectError(await analyst.get(`${DEMO}/items/not-a-uuid/history`), 404, "not_found");
  await expectError(await analyst.get(`${DEMO}/sources/not-a-uuid`), 404, "not_found");
  await expectError(await analyst.get(`${DEMO}/sources/${UNKNOWN_ID}`), 404, "not_found");
  await expectError(await analyst.delete(`${DEMO}/items/${itemId}/relations/not-a-uuid?expectedVersion=1`), 404, "not_found");
  await expectError(await analyst.delete(`${DEMO}/items/${itemId}/relations/${UNKNOWN_ID}?expectedVersion=1`), 404, "not_found");
  for (const changeId of ["abc", "0", "-1", "99999999999999999999", "999999999", "0x1", "0o1", "0b1", " 1"]) {
    await expectError(await analyst.post(`${DEMO}/changes/${changeId}/revert`, { data: { expectedVersion: 1 } }), 404, "not_found");
  }
  for (const slug of ["no-such-team", "a%00b", "UPPER", "%ZZ"]) {
    expect(await expectError(await analyst.get(`/api/v1/workspaces/${slug}/items`), 404, "not_found")).toMatchObject({ message: "Workspace was not found." });
  }
  expect((await getItem(analyst, itemId)).version).toBe(1);
});

test("missing or invalid fields give 400 naming each field", async ({ api }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst);
  const { source } = await seededSentence(analyst);
  const statusChange = (data: Record<string, unknown>) => analyst.post(`${DEMO}/items/${item.id}/status-changes`, { data });

  const undated = await expectError(await statusChange({ expectedVersion: 1, status: "in_force", reason: "No date", noSourceYet: true }), 400, "invalid");
  expect(Object.keys(undated.fields ?? {})).toEqual(["effectiveOn"]);
  const unsourced = await expectError(await statusChange({ expectedVersion: 1, status: "in_force", effectiveOn: "2019", reason: "No source" }), 400, "invalid");
  expect(unsourced.fields).toEqual({ citations: ["Cite at least one source, or mark the change “no source yet”"] });

  const badDate = await expectError(await statusChange({ expectedVersion: 1, status: "in_force", effectiveOn: "2019-13", reason: "x", noSourceYet: true }), 400, "invalid");
  expect(badDate.fields).toEqual({ effectiveOn: ["Enter a date as YYYY, YYYY-MM or YYYY-MM-DD"] });

  const badStatus = await expectError(await statusChange({ expectedVersion: 1, status: "exploded", effectiveOn: "2019", reason: "x", noSourceYet: true }), 400, "invalid");
  expect(badStatus.fields).toEqual({ status: ["Choose one of: announced, in_force, eased, lifted"] });

  const misquoted = await expectError(
    await statusChange({ expectedVersion: 1, status: "in_force", effectiveOn: "2019", reason: "x", citations: [{ sourceId: source.id, excerpt: "Words the article never printed." }] }),
    400,
    "invalid",
  );
  expect(Object.keys(misquoted.fields ?? {})).toEqual(["citations.0.excerpt"]);

  const emptyItem = await expectError(await analyst.post(`${DEMO}/items`, { data: {} }), 400, "invalid");
  expect(Object.keys(emptyItem.fields ?? {}).sort()).toEqual(["implementingJurisdictions", "kind", "title"]);

  const badEdit = await expectError(await analyst.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: "1", fields: { tags: "not a list" } } }), 400, "invalid");
  expect(Object.keys(badEdit.fields ?? {}).sort()).toEqual(["expectedVersion", "fields.tags"]);

  const tooBig = await expectError(await analyst.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 2 ** 31, fields: { title: "Too far" } } }), 400, "invalid");
  expect(Object.keys(tooBig.fields ?? {})).toEqual(["expectedVersion"]);


  for (const [query, field] of [
    ["validOn=2019-02-30", "validOn"],
    ["recordedAt=yesterday", "recordedAt"],
    ["limit=0", "limit"],
    ["kind=spaceship", "kind.0"],
    ["cursor=not-a-cursor", "cursor"],
    // A cursor of the title sort (text) used with the default sort (a time) must not reach the database.
    [`cursor=${Buffer.from(JSON.stringify(["Zebra", UNKNOWN_ID])).toString("base64url")}`, "cursor"],
    ["jurisdiction=J%00P", "jurisdiction"],
  ] as const) {
    const error = await expectError(await analyst.get(`${DEMO}/items?${query}`), 400, "invalid");
    expect(Object.keys(error.fields ?? {}), query).toEqual([field]);
  }
  for (const [query, field] of [
    ["before=99999999999999999999", "before"],
    ["from=2023-02-29", "from"],
    ["type=everything", "type"],
    ["actorId=me", "actorId"],
  ] as const) {
    const error = await expectError(await analyst.get(`${DEMO}/changes?${query}`), 400, "invalid");
    expect(Object.keys(error.fields ?? {}), query).toEqual([field]);
  }
  expect((await getItem(analyst, item.id)).version).toBe(1);
});

test("text that cannot be stored as sent (a lone surrogate, a NUL) gives 400 naming the field, on every kind of write", async ({ api }) => {
  const analyst = await api("analyst");
  const owner = await api("owner");
  const item = await createItem(analyst);
  for (const bad of ["broken \ud800 text", "broken \udfff", "nul \u0000 text"]) {
    const writes = [
      [analyst.post(`${DEMO}/items`, { data: { kind: "export_control", title: bad, implementingJurisdictions: ["JP"] } }), "title"],
      [analyst.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 1, fields: { summary: bad } } }), "fields.summary"],
      [analyst.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 1, fields: { tags: ["ok", bad] } } }), "fields.tags.1"],
      [analyst.post(`${DEMO}/items/${item.id}/status-changes`, { data: { expectedVersion: 1, status: "in_force", effectiveOn: "2019", reason: bad, noSourceYet: true } }), "reason"],
      [analyst.post(`${DEMO}/items/${item.id}/status-changes`, { data: { expectedVersion: 1, status: "in_force", effectiveOn: "2019", reason: "r", note: bad, noSourceYet: true } }), "note"],
      [analyst.post(`${DEMO}/sources`, { data: { title: bad, language: "en", body: "A new article." } }), "title"],
      [analyst.post(`${DEMO}/views`, { data: { name: bad, query: {} } }), "name"],
      [analyst.post("/api/v1/workspaces", { data: { name: bad, slug: "surrogates" } }), "name"],
      [owner.post(`${DEMO}/invites`, { data: { role: "viewer", email: bad } }), "email"],
    ] as const;
    for (const [request, field] of writes) {
      const error = await expectError(await request, 400, "invalid");
      expect(Object.keys(error.fields ?? {}), `${field}: ${JSON.stringify(bad)}`).toEqual([field]);
    }
  }
  // Nothing was written.
  expect((await getItem(analyst, item.id)).version).toBe(1);
});

test("a body that is not a JSON object gives 400", async ({ api }) => {
  const analyst = await api("analyst");
  // Buffers go out byte for byte (Playwright would JSON-encode a string sent as JSON).
  const send = (body: string, contentType = "application/json") =>
    analyst.post(`${DEMO}/items`, { headers: { "content-type": contentType }, data: Buffer.from(body) });
  const cases = [
    [await send("{not json"), "The request body is not valid JSON"],
    [await send(""), "The request body is not valid JSON"],
    [await send("[1, 2]"), "The request body must be a JSON object"],
    [await send("null"), "The request body must be a JSON object"],
    [await send('"a string"'), "The request body must be a JSON object"],
    [await send("{}", "text/plain"), "Send a JSON body with Content-Type: application/json"],
    [await analyst.post(`${DEMO}/items`, { form: { title: "A form post" } }), "Send a JSON body with Content-Type: application/json"],
    [await send(`{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`), "The request body is nested too deeply"],
  ] as const;
  for (const [index, [response, message]] of cases.entries()) {
    expect(await expectError(response, 400, "invalid"), `case ${index}`).toEqual({ code: "invalid", message });
  }
});

test("a server action posted from another site gives 403, or with arguments that are not JSON 400, where Next.js answered 500 with a stack trace in the log", async ({ api }) => {
  const analyst = await api("analyst");
  // A real action's id, as the tracker page hands it to its forms (an unknown id is refused before any of this).
  const page = await (await analyst.get("/w/demo")).text();
  const actionId = /\\"id\\":\\"([0-9a-f]{42})\\",\\"bound\\"/.exec(page)?.[1];
  expect(actionId).toBeDefined();
  const post = (headers: Record<string, string>, body: string) =>
    analyst.post("/w/demo", { headers: { "next-action": actionId ?? "", "content-type": "text/plain;charset=UTF-8", ...headers }, data: Buffer.from(body) });
  for (const origin of ["http://evil.example", "null"]) {
    const response = await post({ origin }, "[]");
    expect([response.status(), await response.text()], origin).toEqual([403, "Cross-site requests are not allowed."]);
  }
  for (const type of ["text/plain;charset=UTF-8", "TEXT/PLAIN", "application/json"]) {
    const garbled = await post({ "content-type": type }, "{not json");
    expect([garbled.status(), await garbled.text()], type).toEqual([400, "The request body is not valid JSON."]);
  }
  for (const body of ["null", "123", '{"a":1}']) {
    const notAList = await post({}, body);
    expect([notAList.status(), await notAList.text()], body).toEqual([400, "The action's arguments must be a JSON list."]);
  }
  // A form posted from another site, as a page of its own would send it (no script: the action is named in a field).
  const form = await analyst.post("/w/demo", { headers: { origin: "http://evil.example" }, multipart: { [`$ACTION_ID_${actionId}`]: "", name: "Forged" } });
  expect([form.status(), await form.text()]).toEqual([403, "Cross-site requests are not allowed."]);
});

test("a save against a stale version gives 409 with the teammate's change", async ({ api }) => {
  const analyst = await api("analyst");
  const owner = await api("owner");
  const item = await createItem(analyst);
  const ownersTitle = `${item.title} (renamed by the owner)`;
  await expectJson(await owner.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 1, fields: { title: ownersTitle }, reason: "Clearer title" } }), 200);

  const stale = await analyst.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 1, fields: { title: `${item.title} (analyst's edit)` } } });
  const conflict = await expectError(stale, 409, "conflict");
  expect(conflict.current).toMatchObject({
    item: { version: 2, title: ownersTitle, summary: "Made by an API test.", tags: ["api-test"] },
    theirChanges: [{ type: "item.updated", actor: ACCOUNTS.owner.name, reason: "Clearer title", diff: { title: { before: item.title, after: ownersTitle } } }],
  });
  expect((conflict.current as { theirChanges: unknown[] }).theirChanges).toHaveLength(1);

  const staleStatus = await analyst.post(`${DEMO}/items/${item.id}/status-changes`, {
    data: { expectedVersion: 1, status: "announced", effectiveOn: "2024", reason: "Stale", noSourceYet: true },
  });
  expect(await expectError(staleStatus, 409, "conflict")).toMatchObject({ current: { item: { version: 2 } } });

  const current: Item = await getItem(analyst, item.id);
  expect(current).toMatchObject({ version: 2, title: ownersTitle, currentStatus: null, statusEvents: [] });
});
