import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/** The demo workspace's API, as the seed creates it. */
export const DEMO = "/api/v1/workspaces/demo";
export const EXPORT_CONTROLS = "Japan's 2019 export controls on chip materials to South Korea";

let made = 0;
/** A title no other test uses, so no test depends on another's rows. */
export const uniqueTitle = (label: string) => `${label} ${Date.now().toString(36)}-${(made++).toString(36)}`;

export type ApiError = { code: string; message: string; fields?: Record<string, string[]>; current?: unknown };
export type TrackerRow = { id: string; kind: string; title: string; status: string | null; effectiveOn: string | null; needsSource: boolean };
export type TrackerPage = { items: TrackerRow[]; nextCursor?: string };
export type Citation = { id: string; excerpt: string; source: { id: string; title: string } };
export type StatusEvent = { id: string; status: string; noSourceYet: boolean; citations: Citation[] };
export type Relation = { id: string; type: string; toItem?: { id: string }; fromItem?: { id: string } };
export type Item = {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  affectedJurisdictions: string[];
  version: number;
  archivedAt: string | null;
  currentStatus: string | null;
  needsSource: boolean;
  statusEvents: StatusEvent[];
  relationsFrom: Relation[];
  relationsTo: Relation[];
};
export type Source = {
  id: string;
  title: string;
  language: string;
  body: string;
  citations: { id: string; startOffset: number; endOffset: number; statusEvent: { status: string; item: { id: string } } }[];
};
export type Change = {
  id: string;
  itemId: string | null;
  actorId: string | null;
  actorName: string;
  type: string;
  typeLabel: string;
  reason: string;
  recordedAt: string;
  diff: Record<string, { before?: unknown; after?: unknown } | unknown>;
  revertsId: string | null;
  revertedById: string | null;
};
export type ChangePage = { changes: Change[]; nextBefore?: string };

/** The response's JSON once its status is the expected one (the body is shown when it is not). */
export async function expectJson<T>(response: APIResponse, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  return JSON.parse(text) as T;
}

/** An error response: its status, its code and a message; returns the error for further checks. */
export async function expectError(response: APIResponse, status: number, code: string): Promise<ApiError> {
  const { error } = await expectJson<{ error: ApiError }>(response, status);
  expect(error.code).toBe(code);
  expect(error.message).not.toBe("");
  return error;
}

/** Creates an export-control item with a unique title through the API. */
export async function createItem(api: APIRequestContext, label = "API test item") {
  const title = uniqueTitle(label);
  const response = await api.post(`${DEMO}/items`, {
    data: { kind: "export_control", title, summary: "Made by an API test.", implementingJurisdictions: ["JP"], affectedJurisdictions: ["KR"], tags: ["api-test"] },
  });
  const created = await expectJson<{ id: string; version: number }>(response, 201);
  expect(created.version).toBe(1);
  return { ...created, title };
}

export async function getItem(api: APIRequestContext, id: string): Promise<Item> {
  return (await expectJson<{ item: Item }>(await api.get(`${DEMO}/items/${id}`), 200)).item;
}

export async function getSource(api: APIRequestContext, id: string): Promise<Source> {
  return (await expectJson<{ source: Source }>(await api.get(`${DEMO}/sources/${id}`), 200)).source;
}

/** Every tracker row for a query (one page of the largest size, which the demo never exceeds). */
export async function trackerRows(api: APIRequestContext, query = ""): Promise<TrackerRow[]> {
  const page = await expectJson<TrackerPage>(await api.get(`${DEMO}/items?limit=200&${query}`), 200);
  expect(page.nextCursor).toBeUndefined();
  return page.items;
}

export async function history(api: APIRequestContext, itemId: string): Promise<Change[]> {
  return (await expectJson<ChangePage>(await api.get(`${DEMO}/items/${itemId}/history`), 200)).changes;
}

/** The seeded export-control item, found through the tracker by its title. */
export async function exportControlsItem(api: APIRequestContext): Promise<Item> {
  const row = (await trackerRows(api)).find((r) => r.title === EXPORT_CONTROLS);
  expect(row, "the seeded export-control item is in the tracker").toBeDefined();
  return getItem(api, (row as TrackerRow).id);
}

/** A seeded article read through the API (the first source the export-control item cites) and a sentence of its text. */
export async function seededSentence(api: APIRequestContext) {
  const item = await exportControlsItem(api);
  const cited = item.statusEvents[0]?.citations[0];
  expect(cited).toBeDefined();
  const source = await getSource(api, (cited as Citation).source.id);
  const sentence = source.body
    .split(/(?<=[.!?”])\s+/)
    .find((s) => s.length > 60 && source.body.indexOf(s) === source.body.lastIndexOf(s));
  expect(sentence, "the source has a sentence that occurs once").toBeDefined();
  return { source, excerpt: sentence as string, startOffset: source.body.indexOf(sentence as string) };
}

/**
 * An item of a workspace the demo accounts are not members of. The API cannot create workspaces, so it is made with
 * the domain functions against the test run's database (DATABASE_URL, set by scripts/with-test-db.ts).
 */
export async function itemOfAnotherWorkspace(): Promise<string> {
  const [{ createTeam }, { createItem: createItemInDomain }, { disconnectDatabase }] = await Promise.all([
    import("../tests/factories"),
    import("../lib/tracking/create-item"),
    import("../lib/db"),
  ]);
  try {
    const team = await createTeam();
    const item = await createItemInDomain(team.owner, team.slug, { kind: "trade_dispute", title: uniqueTitle("Another team's item"), implementingJurisdictions: ["US"] });
    return item.id;
  } finally {
    await disconnectDatabase();
  }
}

export type SavedView = { id: string; name: string; visibility: "personal" | "team"; query: Record<string, string> };
export type CreatedShareLink = { id: string; token: string; path: string; expiresAt: string };

/** Saves a view with a unique name through the API. */
export async function createView(api: APIRequestContext, query: Record<string, string>, visibility: "personal" | "team" = "team") {
  return expectJson<SavedView>(await api.post(`${DEMO}/views`, { data: { name: uniqueTitle("View"), visibility, query } }), 201);
}

export async function createShareLink(api: APIRequestContext, viewId: string, data: { pinAsOf?: boolean; expiresInDays?: number } = {}) {
  return expectJson<CreatedShareLink>(await api.post(`${DEMO}/views/${viewId}/share-links`, { data }), 201);
}

/** Moves a share link's expiry into the past, as time would; through the test run's database (see itemOfAnotherWorkspace). */
export async function expireShareLink(linkId: string): Promise<void> {
  const { db, disconnectDatabase } = await import("../lib/db");
  try {
    await db.shareLink.update({ where: { id: linkId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  } finally {
    await disconnectDatabase();
  }
}

/** A share link's opening log, read from the test run's database. */
export async function shareLinkOpenings(linkId: string) {
  const { db, disconnectDatabase } = await import("../lib/db");
  try {
    return await db.shareLinkOpening.findMany({ where: { shareLinkId: linkId }, select: { clientHash: true, userAgent: true } });
  } finally {
    await disconnectDatabase();
  }
}

/** The slug of a workspace the demo accounts are not members of. */
export async function anotherWorkspace(): Promise<string> {
  const [{ createTeam }, { disconnectDatabase }] = await Promise.all([import("../tests/factories"), import("../lib/db")]);
  try {
    return (await createTeam()).slug;
  } finally {
    await disconnectDatabase();
  }
}
