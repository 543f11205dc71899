import { generateKeyPairSync } from "node:crypto";
import type { RouteRecords } from "../tests/authz/route-matrix";
import { ACCOUNTS, DEMO_PASSWORD, type DemoRole } from "./fixtures";

// Loaded when a test needs them, not when Playwright collects the spec files.
async function load() {
  const [
    { db, disconnectDatabase },
    { createTeam, createUser, TEST_PASSWORD, unique },
    { createInvite },
    { saveView },
    { createShareLink },
    { revokeShareLink },
    { signCheckpoint },
    { chainHeads },
    { signInWithPassword },
    { createApiToken },
    { revokeApiToken },
    { flagDiscrepancy, resolveDiscrepancy },
    { unsubscribeToken },
    { addComment },
    { editComment },
    { watch },
    { sealSecret },
  ] = await Promise.all([
    import("../lib/db"),
    import("../tests/factories"),
    import("../lib/workspaces/create-invite"),
    import("../lib/views/save-view"),
    import("../lib/views/create-share-link"),
    import("../lib/views/revoke-share-link"),
    import("../lib/history/checkpoint"),
    import("../lib/history/verify-history"),
    import("../lib/auth/sign-in"),
    import("../lib/tokens/create-api-token"),
    import("../lib/tokens/revoke-api-token"),
    import("../lib/sources/discrepancies"),
    import("../lib/notifications/unsubscribe"),
    import("../lib/comments/add-comment"),
    import("../lib/comments/edit-comment"),
    import("../lib/watches/watches"),
    import("../lib/webhooks/secret-box"),
  ]);
  return {
    db,
    createTeam,
    createUser,
    TEST_PASSWORD,
    unique,
    createInvite,
    saveView,
    createShareLink,
    revokeShareLink,
    signCheckpoint,
    chainHeads,
    disconnectDatabase,
    signInWithPassword,
    createApiToken,
    revokeApiToken,
    flagDiscrepancy,
    resolveDiscrepancy,
    unsubscribeToken,
    addComment,
    editComment,
    watch,
    sealSecret,
  };
}

type Modules = Awaited<ReturnType<typeof load>>;

/**
 * Runs set-up that the app offers no way to do (a second workspace, an invite that expired yesterday) with the domain
 * functions and the database client, against the test run's database (DATABASE_URL, set by scripts/with-test-db.ts).
 */
async function withDatabase<T>(work: (modules: Modules) => Promise<T>): Promise<T> {
  const modules = await load();
  try {
    return await work(modules);
  } finally {
    // Both pools: Prisma's, and the postgres.js one the domain's reads and item writes use.
    await modules.disconnectDatabase();
  }
}

async function demoMember({ db }: Modules, role: DemoRole) {
  const user = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS[role].email }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}

const demoOwner = (modules: Modules) => demoMember(modules, "owner");

/** An invite to the demo workspace whose expiry is already past: the app only makes invites that expire later. */
async function expiredInvite(modules: Modules) {
  const invite = await modules.createInvite(await demoOwner(modules), "demo", { role: "viewer" });
  await modules.db.invite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  return invite;
}

/** A person with an account who belongs to no workspace yet. */
export function accountOutsideDemo(): Promise<{ name: string; email: string; password: string }> {
  return withDatabase(async ({ createUser, TEST_PASSWORD }) => ({ ...(await createUser("Jo Iner")), password: TEST_PASSWORD }));
}

/**
 * Sets where a demo member's tracker marks "changed since your last visit" from: as if their previous visit had ended
 * at `at` (the marker moves after an hour away, which a test cannot wait for: lib/tracking/tracker-visit.integration-test.ts
 * checks that part), or nowhere (null), as on a first visit.
 */
export function setTrackerVisitMarker(role: DemoRole, at: Date | null): Promise<void> {
  return withDatabase(async (modules) => {
    const member = await demoMember(modules, role);
    await modules.db.trackerVisit.updateMany({ where: { userId: member.userId }, data: { markerAt: at } });
  });
}

export function expiredInvitePath(): Promise<string> {
  return withDatabase(async (modules) => (await expiredInvite(modules)).path);
}

/**
 * Saved views for the authorization matrix (the demo has none): a team view of the analyst's with a revoked share
 * link, a personal view of the owner's, and a personal view of each member's under one name.
 */
async function matrixViews(modules: Modules, slug: string) {
  const { saveView, createShareLink, revokeShareLink, unique } = modules;
  const [owner, analyst, viewer] = await Promise.all([demoMember(modules, "owner"), demoMember(modules, "analyst"), demoMember(modules, "viewer")]);
  const viewName = unique("Matrix view");
  for (const member of [owner, analyst, viewer]) await saveView(member, slug, { name: viewName, query: {} });
  const team = await saveView(analyst, slug, { name: unique("Matrix team view"), visibility: "team", query: "kind=export_control" });
  const personal = await saveView(owner, slug, { name: unique("Matrix personal view"), query: {} });
  const link = await createShareLink(analyst, slug, { viewId: team.id });
  await revokeShareLink(analyst, slug, { viewId: team.id, linkId: link.id });
  return { viewId: team.id, linkId: link.id, personalViewId: personal.id, viewName };
}

/**
 * The demo workspace's real records for the authorization matrix (an item with a citation and a relation, its
 * creation record, a pending and an expired invite, saved views and a share link), and a stranger: the owner of a
 * workspace of their own.
 */
export function prepareRouteMatrix(): Promise<{ records: RouteRecords; stranger: { email: string; password: string; slug: string } }> {
  return withDatabase(async (modules) => {
    const { db } = modules;
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, select: { id: true, slug: true } });
    const relation = await db.itemRelation.findFirstOrThrow({
      where: { workspaceId: workspace.id, removedAt: null, fromItem: { statusEvents: { some: { retraction: { is: null }, citations: { some: {} } } } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, fromItemId: true, toItemId: true, fromItem: { select: { version: true } } },
    });
    // The matrix writes against version 1 so that every allowed write is refused as stale and changes nothing.
    if (relation.fromItem.version < 2) throw new Error("The matrix needs an item edited at least once");
    const citation = await db.citation.findFirstOrThrow({
      where: { statusEvent: { itemId: relation.fromItemId, retraction: { is: null } } },
      select: { statusEventId: true, sourceId: true, excerpt: true, source: { select: { body: true } } },
    });
    const created = await db.changeRecord.findFirstOrThrow({ where: { itemId: relation.fromItemId, type: "item.created" }, select: { id: true } });
    const owner = await demoOwner(modules);
    const pending = await modules.createInvite(owner, workspace.slug, { role: "viewer", email: "matrix-pending@example.test" });
    const expired = await expiredInvite(modules);
    const views = await matrixViews(modules, workspace.slug);
    const analyst = await demoMember(modules, "analyst");
    const token = await modules.createApiToken(analyst, workspace.slug, { name: "Matrix token", scope: "read" });
    await modules.revokeApiToken(analyst, workspace.slug, { tokenId: token.id });
    const sources = await db.source.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" }, take: 2, select: { id: true } });
    const discrepancy = await modules.flagDiscrepancy(analyst, workspace.slug, {
      sourceAId: sources[0]?.id,
      sourceBId: sources[1]?.id,
      note: "Flagged and resolved by the authorization matrix",
    });
    await modules.resolveDiscrepancy(analyst, workspace.slug, { discrepancyId: discrepancy.id });
    const comment = await modules.addComment(analyst, workspace.slug, { target: "item", targetId: relation.fromItemId, body: "A comment for the authorization matrix" });
    await modules.editComment(analyst, workspace.slug, { commentId: comment.id, expectedVersion: comment.version, body: "A comment for the authorization matrix, edited" });
    const watched = await modules.watch(analyst, workspace.slug, { target: "item", targetId: relation.fromItemId });
    // Written directly: the domain function checks the address from this process, which may not reach a private one.
    const webhook = await db.webhookEndpoint.create({
      data: { workspaceId: workspace.id, url: "http://127.0.0.1:9/matrix", format: "json", eventTypes: ["item.created"], secretCiphertext: modules.sealSecret("matrix-secret"), createdById: owner.userId },
      select: { id: true },
    });
    const team = await modules.createTeam();
    const otherSession = await modules.signInWithPassword({ email: ACCOUNTS.owner.email, password: DEMO_PASSWORD }, { address: "192.0.2.10", userAgent: "matrix" });
    const deactivated = await modules.createUser("Deactivated");
    await db.user.update({ where: { id: deactivated.userId }, data: { deactivatedAt: new Date() } });
    // A signed checkpoint, for the owner's download of it.
    const checkpoint = modules.signCheckpoint(await modules.chainHeads(), generateKeyPairSync("ed25519").privateKey);
    await db.historyCheckpoint.create({ data: { digest: checkpoint.digest, keyId: checkpoint.keyId, document: checkpoint } });
    return {
      records: {
        slug: workspace.slug,
        itemId: relation.fromItemId,
        relationId: relation.id,
        sourceId: citation.sourceId,
        changeId: created.id.toString(),
        userId: owner.userId,
        inviteId: pending.id,
        otherItemId: relation.toItemId,
        statusEventId: citation.statusEventId,
        excerpt: citation.excerpt,
        sourceBody: citation.source.body,
        expiredInviteToken: expired.path.replace("/invite/", ""),
        ...views,
        sessionId: otherSession.sessionId,
        deactivatedUserId: deactivated.userId,
        tokenId: token.id,
        discrepancyId: discrepancy.id,
        token: modules.unsubscribeToken(deactivated.userId, "webhook"),
        commentId: comment.id,
        watchId: watched.id,
        webhookId: webhook.id,
      },
      stranger: { email: team.owner.email, password: modules.TEST_PASSWORD, slug: team.slug },
    };
  });
}
