import { generateKeyPairSync } from "node:crypto";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { sqlPool } from "@/lib/db/sql-pool";
import { signCheckpoint } from "@/lib/history/checkpoint";
import { chainHeads } from "@/lib/history/verify-history";
import { addComment } from "@/lib/comments/add-comment";
import { flagDiscrepancy } from "@/lib/sources/discrepancies";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { addRelation } from "@/lib/tracking/relations";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { createShareLink } from "@/lib/views/create-share-link";
import { saveView } from "@/lib/views/save-view";
import { watch } from "@/lib/watches/watches";
import { createWebhook } from "@/lib/webhooks/endpoints";
import { createInvite } from "@/lib/workspaces/create-invite";
import { createSource, createTeam, createUser, TEST_PASSWORD, unique } from "@/tests/factories";
import { startSmtpSink, type SmtpSink } from "@/tests/mail/smtp-sink";
import { openApiDocument, pathOf } from "./openapi";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { OPERATIONS, type Operation } from "./operations";

// Requests without a token act for whoever the test names as signed in (the session cookie's person), as the server
// actions' matrix does; with a token, the real token code runs.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", async () => {
  const { DomainError } = await import("@/lib/errors");
  const requireActor = async () => {
    if (!session.actor) throw new DomainError("unauthenticated", "Sign in to continue.");
    return session.actor;
  };
  const sessionRecheck = async () => async () => session.actor;
  return { currentActor: async () => session.actor, requireActor, requirePageActor: requireActor, sessionRecheck };
});

const ROOT = path.resolve(import.meta.dirname, "../..");
type Described = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
const document = openApiDocument() as { paths: Record<string, Record<string, Described>>; components: { schemas: { Error: object } } };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** The schema with the one reference the description uses (the error body) resolved in place. */
function resolved(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(resolved);
  if (typeof schema !== "object" || schema === null) return schema;
  if ((schema as { $ref?: string }).$ref === "#/components/schemas/Error") return document.components.schemas.Error;
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, resolved(v)]));
}

const byId = new Map(OPERATIONS.map((op) => [op.operationId, op]));
const answered = new Map<string, Set<number>>();

type Call = { params?: Record<string, string>; query?: string; body?: unknown; token?: string; as?: Actor | null; headers?: Record<string, string> };

/**
 * Calls an operation's route handler and checks the answer against the description: the status is documented for the
 * operation, and the body (JSON) validates against the schema given for that status, or the media type matches.
 */
async function call(operationId: string, c: Call) {
  const op = byId.get(operationId) as Operation;
  expect(op, operationId).toBeDefined();
  const routeModule = (await import(path.join(ROOT, "app", op.route, "route.ts"))) as Record<string, (r: Request, s: { params: Promise<Record<string, string>> }) => Promise<Response>>;
  const handler = routeModule[op.method] as NonNullable<(typeof routeModule)[string]>;
  const params: Record<string, string> = { slug: fixture.slug, ...c.params };
  const url = pathOf(op.route).path.replace(/\{(\w+)\}/g, (_a, name: string) => encodeURIComponent(params[name] ?? ""));
  const headers = new Headers(c.headers);
  if (c.token) headers.set("authorization", `Bearer ${c.token}`);
  if (c.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  session.actor = c.as === undefined ? null : c.as;
  const request = new Request(`http://localhost${url}${c.query ? `?${c.query}` : ""}`, {
    method: op.method,
    headers,
    body: c.body === undefined ? undefined : typeof c.body === "string" ? c.body : JSON.stringify(c.body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  // An event stream stays open: its first lines are enough to check.
  const text = response.headers.get("content-type")?.startsWith("text/event-stream") ? await firstChunk(response) : await response.text();
  const described = document.paths[pathOf(op.route).path]?.[op.method.toLowerCase()];
  const documented = described?.responses[String(response.status)];
  expect(documented, `${operationId} answered ${response.status}, which is not documented: ${text.slice(0, 300)}`).toBeDefined();
  const [media, content] = Object.entries(documented?.content ?? {})[0] ?? [];
  expect(response.headers.get("content-type") ?? "", operationId).toContain(media ?? "application/json");
  let json: unknown;
  if (media === "application/json") {
    json = JSON.parse(text);
    const validate = ajv.compile(resolved(content?.schema) as object);
    expect(validate(json) ? [] : validate.errors, `${operationId} ${response.status}: ${text.slice(0, 400)}`).toEqual([]);
  }
  (answered.get(operationId) ?? answered.set(operationId, new Set()).get(operationId))?.add(response.status);
  // The ids later steps use; the schema check above has vouched for the rest.
  return { status: response.status, json: json as { id: string; eventId: string; relationId: string }, text };
}

async function firstChunk(response: Response): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

type Fixture = {
  slug: string;
  owner: Actor;
  analyst: Actor;
  viewer: Actor;
  ownerToken: string;
  writeToken: string;
  readToken: string;
  strangerToken: string;
  itemId: string;
  otherItemId: string;
  statusEventId: string;
  sourceId: string;
  otherSourceId: string;
  excerpt: string;
  viewId: string;
  admin: Actor;
};
let fixture: Fixture;
let mail: SmtpSink;

beforeAll(async () => {
  // Mail goes over SMTP to a server in this process; set before anything reads the environment.
  mail = await startSmtpSink();
  process.env.SMTP_URL = mail.url;
  // A webhook to this machine (nothing listens on the discard port, so its test delivery fails at once and says so).
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  const team = await createTeam();
  const stranger = await createTeam();
  const { analyst } = team;
  const excerpt = "Japan said it would lift export controls.";
  const source = await createSource(analyst, team.slug);
  const other = await createSource(analyst, team.slug);
  const item = await createItem(analyst, team.slug, { kind: "export_control", title: "Conformance item", implementingJurisdictions: ["JP"] });
  const otherItem = await createItem(analyst, team.slug, { kind: "export_control", title: "Another conformance item", implementingJurisdictions: ["KR"] });
  const status = await recordStatusChange(analyst, team.slug, { itemId: item.id, expectedVersion: item.version, status: "in_force", effectiveOn: "2019-07", reason: "Conformance", citations: [{ sourceId: source.id, excerpt }] });
  const view = await saveView(analyst, team.slug, { name: "Conformance view", visibility: "team", query: "kind=export_control" });
  await createShareLink(analyst, team.slug, { viewId: view.id });
  fixture = {
    slug: team.slug,
    owner: team.owner,
    analyst,
    viewer: team.viewer,
    ownerToken: (await createApiToken(team.owner, team.slug, { name: "Owner's", scope: "write" })).token,
    writeToken: (await createApiToken(analyst, team.slug, { name: "Writer", scope: "write" })).token,
    readToken: (await createApiToken(analyst, team.slug, { name: "Reader", scope: "read" })).token,
    strangerToken: (await createApiToken(stranger.owner, stranger.slug, { name: "Stranger's", scope: "write" })).token,
    itemId: item.id,
    otherItemId: otherItem.id,
    statusEventId: status.eventId,
    sourceId: source.id,
    otherSourceId: other.id,
    excerpt,
    viewId: view.id,
    admin: await createUser("Administrator"),
  };
  await db.user.update({ where: { id: fixture.admin.userId }, data: { isAdmin: true } });
});
afterAll(() => mail.close());

const itemVersion = async (id: string) => (await db.trackedItem.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("every operation answers as the OpenAPI description says", () => {
  it("succeeds with the documented body", async () => {
    const f = fixture;
    const w = f.writeToken;
    const item = { itemId: f.itemId };
    expect((await call("listWorkspaces", { token: f.readToken })).status).toBe(200);
    expect((await call("createWorkspace", { as: f.analyst, body: { name: "Conformance", slug: unique("conf") } })).status).toBe(201);
    const invite = await createInvite(f.owner, f.slug, { role: "viewer" });
    expect((await call("acceptInvite", { as: await createUser(), body: { token: invite.path.replace("/invite/", "") } })).status).toBe(201);

    expect((await call("listItems", { token: f.readToken, query: "kind=export_control&sort=title&limit=1" })).status).toBe(200);
    const created = await call("createItem", { token: w, body: { kind: "trade_dispute", title: "Made by the conformance test", implementingJurisdictions: ["KR"], tags: ["wto"] } });
    expect(created.status).toBe(201);
    const newItem = { itemId: String(created.json.id) };
    expect((await call("getItem", { token: f.readToken, params: item })).status).toBe(200);
    expect((await call("updateItem", { token: w, params: newItem, body: { expectedVersion: 1, fields: { title: "Renamed by the conformance test" } } })).status).toBe(200);
    expect((await call("archiveItem", { token: w, params: newItem, body: { expectedVersion: 2 } })).status).toBe(201);
    expect((await call("restoreItem", { token: w, params: newItem, body: { expectedVersion: 3 } })).status).toBe(201);
    const recorded = await call("recordStatusChange", { token: w, params: newItem, body: { expectedVersion: 4, status: "filed", effectiveOn: "2019-09-11", reason: "Filed", noSourceYet: true } });
    expect(recorded.status).toBe(201);
    expect((await call("addCitation", { token: w, params: newItem, body: { expectedVersion: 5, statusEventId: recorded.json.eventId, sourceId: f.sourceId, excerpt: f.excerpt } })).status).toBe(201);
    const related = await call("addRelation", { token: w, params: newItem, body: { expectedVersion: 6, type: "related_to", toItemId: f.itemId } });
    expect(related.status).toBe(201);
    expect((await call("removeRelation", { token: w, params: { ...newItem, relationId: related.json.relationId }, query: "expectedVersion=7&reason=Done" })).status).toBe(200);
    expect((await call("getItemHistory", { token: f.readToken, params: newItem, query: "limit=2" })).status).toBe(200);
    expect((await call("reportPresence", { token: f.readToken, params: item, body: { editing: true } })).status).toBe(201);
    const events = await call("streamEvents", { token: f.readToken });
    expect(events.status).toBe(200);
    expect(events.text).toContain("retry:");

    const changes = await call("listChanges", { token: f.readToken, query: "type=item" });
    expect(changes.status).toBe(200);
    const edit = await db.changeRecord.findFirstOrThrow({ where: { itemId: newItem.itemId, type: "item.updated" }, select: { id: true } });
    expect((await call("revertChange", { token: w, params: { changeId: edit.id.toString() }, body: { expectedVersion: await itemVersion(newItem.itemId) } })).status).toBe(201);
    expect((await call("getIntegrity", { token: f.ownerToken })).status).toBe(200);
    const checkpoint = signCheckpoint(await chainHeads(), generateKeyPairSync("ed25519").privateKey);
    await db.historyCheckpoint.create({ data: { digest: checkpoint.digest, keyId: checkpoint.keyId, document: checkpoint } });
    expect((await call("downloadCheckpoint", { token: f.ownerToken })).status).toBe(200);

    expect((await call("listSources", { token: f.readToken, query: "sort=cited" })).status).toBe(200);
    expect((await call("addSource", { token: w, body: { title: "Pasted by the conformance test", language: "en", body: `${unique("text")} Seoul restored Japan.`, publishedOn: "2023-03-17", url: "https://example.org/a" } })).status).toBe(201);
    expect((await call("getSource", { token: f.readToken, params: { sourceId: f.sourceId } })).status).toBe(200);
    const version = (await db.source.findUniqueOrThrow({ where: { id: f.sourceId }, select: { version: true } })).version;
    expect((await call("updateSource", { token: w, params: { sourceId: f.sourceId }, body: { expectedVersion: version, publisher: "The Conformance Times" } })).status).toBe(200);
    const flagged = await call("flagDiscrepancy", { token: w, body: { sourceAId: f.sourceId, sourceBId: f.otherSourceId, note: "They disagree about the date" } });
    expect(flagged.status).toBe(201);
    expect((await call("resolveDiscrepancy", { token: w, params: { discrepancyId: flagged.json.id }, body: { reason: "Settled" } })).status).toBe(201);
    expect((await call("search", { token: f.readToken, query: "q=export" })).status).toBe(200);

    const sources = `external_id,title,language,body,url\r\nconf-src,Conformance source,en,${unique("text")} Tokyo eased the controls.,https://example.org/c\r\n`;
    const csvHeaders = { "content-type": "text/csv" };
    expect((await call("importSources", { token: w, body: sources, headers: csvHeaders })).status).toBe(200);
    expect((await call("importSources", { token: w, body: sources, headers: csvHeaders, query: "mode=apply&reason=Conformance&fileName=sources.csv" })).status).toBe(201);
    const items = { items: [{ externalId: "conf-1", kind: "export_control", title: "Imported by the conformance test", implementingJurisdictions: ["JP"], statuses: [{ status: "eased", effectiveOn: "2023-03", citations: [{ sourceExternalId: "conf-src", excerpt: "Tokyo eased the controls." }] }] }] };
    const dryRun = await call("importItems", { token: w, body: items });
    expect(dryRun.status).toBe(200);
    expect((await call("importItems", { token: w, body: items, query: `mode=apply&reason=Conformance&planDigest=${(dryRun.json as unknown as { planDigest: string }).planDigest}` })).status).toBe(201);

    expect((await call("listViews", { token: f.readToken })).status).toBe(200);
    const saved = await call("saveView", { token: w, body: { name: "Conformance saved", query: { kind: "export_control", validOn: "2020-01-01" } } });
    expect(saved.status).toBe(201);
    const view = { viewId: String(saved.json.id) };
    expect((await call("getView", { token: f.readToken, params: { viewId: f.viewId } })).status).toBe(200);
    expect((await call("renameView", { token: w, params: view, body: { name: "Conformance renamed" } })).status).toBe(200);
    expect((await call("updateViewQuery", { token: w, params: view, body: { query: { kind: "trade_dispute" } } })).status).toBe(200);
    expect((await call("duplicateView", { token: w, params: view, body: {} })).status).toBe(201);
    expect((await call("listShareLinks", { token: f.readToken, params: { viewId: f.viewId } })).status).toBe(200);
    const link = await call("createShareLink", { token: w, params: view, body: { pinAsOf: true, expiresInDays: 2 } });
    expect(link.status).toBe(201);
    expect((await call("revokeShareLink", { token: w, params: { ...view, linkId: link.json.id } })).status).toBe(200);
    expect((await call("deleteView", { token: w, params: view })).status).toBe(200);

    for (const [id, query] of [["exportTrackerCsv", "kind=export_control"], ["exportTrackerJson", "validOn=2020-01-01"]] as const) expect((await call(id, { token: f.readToken, query })).status).toBe(200);
    for (const id of ["exportViewCsv", "exportViewJson"]) expect((await call(id, { token: f.readToken, params: { viewId: f.viewId } })).status).toBe(200);
    for (const id of ["exportItemHistoryCsv", "exportItemHistoryJson"]) expect((await call(id, { token: f.readToken, params: item })).status).toBe(200);
    for (const id of ["exportTimelineSvg", "exportTimelinePng", "exportStatusSeriesSvg", "exportStatusSeriesPng"]) expect((await call(id, { token: f.readToken, query: "from=2019-01-01&to=2024-12-31" })).status).toBe(200);

    expect((await call("listMembers", { token: f.readToken })).status).toBe(200);
    const member = await createUser("Conformance member");
    await db.membership.create({ data: { workspaceId: (await db.workspace.findUniqueOrThrow({ where: { slug: f.slug } })).id, userId: member.userId, role: "viewer" } });
    // Members and invites while signed in: a token may not (an owner invite would outlive its revocation).
    for (const [id, params, body] of [["changeRole", { userId: member.userId }, { role: "owner" }], ["removeMember", { userId: member.userId }, undefined], ["listInvites", undefined, undefined], ["createInvite", undefined, { role: "owner" }]] as const) {
      expect((await call(id, { token: f.ownerToken, params, body })).status, id).toBe(403);
    }
    expect((await call("changeRole", { as: f.owner, params: { userId: member.userId }, body: { role: "analyst" } })).status).toBe(200);
    expect((await call("removeMember", { as: f.owner, params: { userId: member.userId } })).status).toBe(200);
    expect((await call("listInvites", { as: f.owner })).status).toBe(200);
    const made = await call("createInvite", { as: f.owner, body: { role: "viewer", email: "someone@example.test" } });
    expect(made.status).toBe(201);
    expect((await call("revokeInvite", { token: f.ownerToken, params: { inviteId: made.json.id } })).status).toBe(403);
    expect((await call("revokeInvite", { as: f.owner, params: { inviteId: made.json.id } })).status).toBe(200);
    expect((await call("listTokens", { as: f.analyst })).status).toBe(200);
    const token = await call("createToken", { as: f.analyst, body: { name: "Conformance", scope: "read", expiresInDays: 1 } });
    expect(token.status).toBe(201);
    expect((await call("revokeToken", { as: f.analyst, params: { tokenId: token.json.id } })).status).toBe(200);
    expect((await call("listWorkspaceSecurityEvents", { token: f.ownerToken, query: "kind=member" })).status).toBe(200);

    // Discussion (with tokens), watches, the inbox and webhooks (signed in: a token may not)
    const commented = await call("addComment", { token: w, body: { target: "item", targetId: f.itemId, body: "A comment from the conformance test" } });
    expect(commented.status).toBe(201);
    expect((await call("listComments", { token: f.readToken, query: `itemId=${f.itemId}` })).status).toBe(200);
    expect((await call("editComment", { token: w, params: { commentId: commented.json.id }, body: { expectedVersion: 1, body: "Edited by the conformance test" } })).status).toBe(200);
    expect((await call("editComment", { token: w, params: { commentId: commented.json.id }, body: { expectedVersion: 1, body: "Stale" } })).status).toBe(409);
    expect((await call("deleteComment", { token: w, params: { commentId: commented.json.id }, query: "expectedVersion=2" })).status).toBe(200);
    const watched = await call("watch", { as: f.viewer, body: { target: "item", targetId: f.itemId } });
    expect(watched.status).toBe(201);
    expect((await call("listWatches", { as: f.viewer })).status).toBe(200);
    expect((await call("unwatch", { as: f.viewer, params: { watchId: watched.json.id } })).status).toBe(200);
    const workspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: f.slug }, select: { id: true } })).id;
    const someChange = await db.changeRecord.findFirstOrThrow({ where: { workspaceId }, select: { id: true } });
    const notification = await db.notification.create({
      data: { userId: f.viewer.userId, workspaceId, changeId: someChange.id, kind: "watch", reason: "item", actorId: f.analyst.userId, title: "Conformance item changed", link: `/w/${f.slug}/items/${f.itemId}` },
      select: { id: true },
    });
    expect((await call("listNotifications", { as: f.viewer, query: "unread=true&limit=5" })).status).toBe(200);
    expect((await call("markNotification", { as: f.viewer, params: { notificationId: notification.id }, body: { read: true } })).status).toBe(200);
    expect((await call("markAllNotificationsRead", { as: f.viewer })).status).toBe(201);
    expect((await call("getNotificationPreferences", { as: f.viewer })).status).toBe(200);
    expect((await call("updateNotificationPreferences", { as: f.viewer, body: { watch: { inbox: true, email: "digest" } } })).status).toBe(200);
    const hook = await call("createWebhook", { as: f.owner, body: { url: "http://127.0.0.1:9/conformance", description: "Conformance", eventTypes: ["item.created", "comment.added"] } });
    expect(hook.status).toBe(201);
    expect((await call("updateWebhook", { as: f.owner, params: { webhookId: hook.json.id }, body: { format: "slack", enabled: false } })).status).toBe(200);
    expect((await call("testWebhook", { as: f.owner, params: { webhookId: hook.json.id } })).status).toBe(201);
    expect((await call("listWebhooks", { as: f.owner })).status).toBe(200);
    expect((await call("deleteWebhook", { as: f.owner, params: { webhookId: hook.json.id } })).status).toBe(200);

    const person = await createUser("Conformance account");
    const sessions = await db.userSession.createManyAndReturn({ data: [{ userId: person.userId }, { userId: person.userId }], select: { id: true } });
    const me = { ...person, sessionId: sessions[0]?.id };
    expect((await call("getAccount", { as: me })).status).toBe(200);
    expect((await call("updateProfile", { as: me, body: { name: "Conformance renamed" } })).status).toBe(200);
    expect((await call("listSessions", { as: me })).status).toBe(200);
    expect((await call("endSession", { as: me, params: { sessionId: String(sessions[1]?.id) } })).status).toBe(200);
    expect((await call("changePassword", { as: me, body: { currentPassword: TEST_PASSWORD, newPassword: "another long enough password" } })).status).toBe(201);
    expect((await call("requestEmailChange", { as: me, body: { email: `${unique("moved")}@example.test`, currentPassword: "another long enough password" } })).status).toBe(201);
    expect((await call("listOwnSecurityEvents", { as: me, query: "limit=2" })).status).toBe(200);
    expect((await call("signOutEverywhere", { as: me })).status).toBe(200);
    // One-click unsubscribe: no session, the signed token is the proof.
    expect((await call("unsubscribe", { params: { token: unsubscribeToken(person.userId, "watch") } })).status).toBe(200);

    const admin = f.admin;
    expect((await call("listUsers", { as: admin, query: `q=${encodeURIComponent(person.email)}` })).status).toBe(200);
    expect((await call("setUserActive", { as: admin, params: { userId: person.userId }, body: { active: false } })).status).toBe(200);
    expect((await call("setUserActive", { as: admin, params: { userId: person.userId }, body: { active: true } })).status).toBe(200);
    expect((await call("createPasswordResetLink", { as: admin, params: { userId: person.userId } })).status).toBe(201);
    expect((await call("getInstanceSettings", { as: admin })).status).toBe(200);
    expect((await call("updateJoinPolicy", { as: admin, body: { joinPolicy: "invite_only" } })).status).toBe(200);
    expect((await call("listInstanceSecurityEvents", { as: admin, query: "kind=user" })).status).toBe(200);
  });

  it("refuses with a documented status and the error body, whoever calls and whatever they send", async () => {
    const f = fixture;
    // Records of every kind the paths name, in the fixture's workspace.
    const discrepancy = await flagDiscrepancy(f.analyst, f.slug, { sourceAId: f.sourceId, sourceBId: f.otherSourceId, note: "A second disagreement" });
    const relation = await addRelation(f.analyst, f.slug, { itemId: f.itemId, expectedVersion: await itemVersion(f.itemId), type: "supersedes", toItemId: f.otherItemId });
    const invite = await createInvite(f.owner, f.slug, { role: "viewer" });
    const link = await createShareLink(f.analyst, f.slug, { viewId: f.viewId });
    const token = await createApiToken(f.analyst, f.slug, { name: "Target", scope: "read" });
    const change = await db.changeRecord.findFirstOrThrow({ where: { itemId: f.itemId }, select: { id: true } });
    const comment = await addComment(f.analyst, f.slug, { target: "item", targetId: f.itemId, body: "A comment to refuse changes to" });
    const watched = await watch(f.viewer, f.slug, { target: "item", targetId: f.itemId });
    const webhook = await createWebhook(f.owner, f.slug, { url: "http://127.0.0.1:9/refusals", eventTypes: ["item.created"] });
    const params = {
      itemId: f.itemId,
      relationId: relation.relationId,
      sourceId: f.sourceId,
      viewId: f.viewId,
      linkId: link.id,
      userId: f.owner.userId,
      inviteId: invite.id,
      changeId: change.id.toString(),
      discrepancyId: discrepancy.id,
      tokenId: token.id,
      sessionId: "00000000-0000-4000-8000-000000000000",
      token: "not-a-signed-token",
      commentId: comment.id,
      watchId: watched.id,
      webhookId: webhook.id,
      notificationId: "00000000-0000-4000-8000-000000000000",
    };
    for (const op of OPERATIONS) {
      // Each operation gets a fresh allowance: the owner's token makes more calls here than a minute's rate (the 429
      // has its own test below).
      await sqlPool()`DELETE FROM "RateLimit"`;
      const hasInput = Boolean(op.body ?? op.upload);
      const base = { params, body: hasInput ? {} : undefined };
      if (op.access === "public") {
        // Anyone may call it: what it refuses is its own input (an unsubscribe token this app did not sign).
        expect((await call(op.operationId, base)).status, op.operationId).toBe(404);
        continue;
      }
      // Nobody signed in.
      expect((await call(op.operationId, base)).status, op.operationId).toBe(401);
      // A token that is not one.
      expect((await call(op.operationId, { ...base, headers: { authorization: "Bearer not-a-token" } })).status, op.operationId).toBe(401);
      if (op.access === "account" || op.access === "admin") {
        // A token, even the workspace owner's, never reaches a person's account or the instance's administration.
        expect((await call(op.operationId, { ...base, token: f.ownerToken })).status, op.operationId).toBe(403);
      }
      if (op.access === "admin") {
        // Nor does anyone who is not an administrator, signed in as they may be.
        expect((await call(op.operationId, { ...base, as: f.owner })).status, op.operationId).toBe(403);
      }
      if (op.access === "workspace") {
        // Another workspace's token: nothing here exists for it.
        expect((await call(op.operationId, { ...base, token: f.strangerToken })).status, op.operationId).toBe(404);
        // A viewer's read-only token on anything but a read.
        const read = await call(op.operationId, { ...base, token: f.readToken });
        expect(read.status < 500, op.operationId).toBe(true);
        // An id of the right shape that names nothing.
        const missing = Object.fromEntries(Object.keys(params).map((k) => [k, k === "changeId" ? "999999999" : "00000000-0000-4000-8000-000000000000"]));
        expect((await call(op.operationId, { ...base, params: missing, token: f.ownerToken })).status, op.operationId).toBeLessThan(500);
        expect((await call(op.operationId, { ...base, params: { ...missing, slug: "no-such-workspace" }, token: f.ownerToken })).status, op.operationId).toBe(404);
      }
      if (hasInput) {
        for (const body of ["{", "[]", "null", JSON.stringify({ title: "\u0000" }), JSON.stringify({ name: "\ud800" })]) {
          const bad = await call(op.operationId, { params, body, token: f.ownerToken, as: f.owner });
          // An import takes a bare JSON array of records too: an empty one is a dry run of nothing.
          expect(op.upload && body === "[]" ? [200] : [400, 404], `${op.operationId} ${body}`).toContain(bad.status);
        }
        const wrongType = await call(op.operationId, { params, body: "a=b", token: f.ownerToken, headers: { "content-type": "application/x-www-form-urlencoded" } });
        expect(wrongType.status, op.operationId).toBeLessThan(500);
        const huge = await call(op.operationId, { params, body: "{}", token: f.ownerToken, headers: { "content-length": String(64 * 1024 * 1024) } });
        expect(huge.status, op.operationId).toBe(413);
      }
    }
  });

  it("answers 429 with Retry-After in the documented shape once a token's allowance is spent", async () => {
    const f = fixture;
    const token = await createApiToken(f.viewer, f.slug, { name: "Spent", scope: "read" });
    await sqlPool()`INSERT INTO "RateLimit" (key, tat) VALUES (${`token:${token.id}`}, now() + interval '1 hour')`;
    const answer = await call("listItems", { token: token.token });
    expect(answer.status).toBe(429);
  });

  it("was made to give every documented status of every operation a try, except those no test can reach", () => {
    const unanswered = OPERATIONS.filter((op) => !answered.get(op.operationId)?.has(op.success.status)).map((op) => op.operationId);
    expect(unanswered, "operations never answered with success").toEqual([]);
  });
});
