import type { Access, Caller } from "./access";

/**
 * Real records of the demo workspace, by the route parameter that names them ([itemId] → itemId), so that every
 * stranger's request guesses a real id. Plus what request bodies need.
 */
export type RouteRecords = {
  slug: string;
  itemId: string;
  relationId: string;
  sourceId: string;
  changeId: string;
  /** The demo workspace's only owner: changing or removing them is refused even for an owner. */
  userId: string;
  /** A pending invite (revoked by the owner's call). */
  inviteId: string;
  otherItemId: string;
  statusEventId: string;
  excerpt: string;
  sourceBody: string;
  expiredInviteToken: string;
  /** A team view the demo analyst owns (so the viewer may read it but not change it), with a revoked share link. */
  viewId: string;
  linkId: string;
  /** A personal view of the demo owner, which no one else can see (deleted by the owner's call). */
  personalViewId: string;
  /** A session of the demo owner's besides the matrix's own (ended by the owner's call). */
  sessionId: string;
  /** A deactivated account (a reset link for it is refused). */
  deactivatedUserId: string;
  /** The name of a personal view each demo member has: another view by that name is refused. */
  viewName: string;
  /** A revoked API token of the demo analyst's (revoking it again is refused). */
  tokenId: string;
  /** A disagreement between two demo sources, already resolved (resolving it again is refused). */
  discrepancyId: string;
  /** A one-click unsubscribe token of the deactivated account's, from one kind of notification email. */
  token: string;
  /** A comment of the demo analyst's on the item, edited once (so version 1 is stale). */
  commentId: string;
  /** A watch of the demo analyst's (stopped by their call). */
  watchId: string;
  /** A webhook of the demo workspace to a closed port on this machine (tested, then deleted, by the owner's call). */
  webhookId: string;
};

export type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

export type RouteCase = {
  /** The route handler's folder under app/: "/api/v1/workspaces/[slug]/items/[itemId]". */
  route: string;
  method: Method;
  access: Access;
  /** The status for callers the access allows. Never 401, 403 or 404: those are the refusals the matrix checks. */
  allowed: number;
  /** Path parameters not named by the records (catch-all segments), or named by another record than their own. */
  params?: Record<string, string> | ((r: RouteRecords) => Record<string, string>);
  query?: (r: RouteRecords) => string;
  body?: (r: RouteRecords) => Record<string, unknown>;
  /** Answers that differ from what the access implies for some callers, each with its reason in a comment. */
  except?: Partial<Record<Caller, number>>;
  /** An allowed call ends the caller's session (sign out everywhere): the test signs them in again. */
  endsSession?: true;
  /** The answer is a stream that stays open (server-sent events): only its status is read. */
  stream?: true;
};

// Writes are made so that they change nothing in the shared demo workspace: a stale expectedVersion (409), text that
// is already in the library (409), a view name the caller (or the view's owner) already uses (409), refused input
// (400), or the last owner's own membership (400). Each of those answers comes after the membership and role checks,
// so it proves the caller got past them.
const STALE = 1;

/** Every route handler and method, with who may call it. tests/authz/entry-points.test.ts fails when one is missing. */
/**
 * Words of the cited source outside the passage the status cites: the same passage again is refused as cited already,
 * before the stale version would be.
 */
function otherPassage(r: RouteRecords): string {
  const at = r.sourceBody.indexOf(r.excerpt);
  const rest = at > 0 ? r.sourceBody.slice(0, at) : r.sourceBody.slice(at + r.excerpt.length);
  return rest.trim().slice(0, 40).trim();
}

export const ROUTE_MATRIX: RouteCase[] = [
  { route: "/api/auth/[...nextauth]", method: "GET", access: { public: true }, allowed: 200, params: { nextauth: "providers" } },
  // Without a CSRF token next-auth signs no one out; it sends the caller to its confirmation page.
  { route: "/api/auth/[...nextauth]", method: "POST", access: { public: true }, allowed: 302, params: { nextauth: "signout" } },
  // A token opens it, not a session (METRICS_TOKEN, set for the test servers): every caller here, signed in or not, is
  // refused; e2e/operations.spec.ts opens it with the token.
  { route: "/api/metrics", method: "GET", access: { public: true }, allowed: 200, except: { anonymous: 401, stranger: 401, viewer: 401, analyst: 401, owner: 401 } },
  { route: "/api/health", method: "GET", access: { public: true }, allowed: 200 },
  { route: "/api/live", method: "GET", access: { public: true }, allowed: 200 },
  { route: "/api/v1/openapi.json", method: "GET", access: { public: true }, allowed: 200 },
  { route: "/api/v1/unsubscribe/[token]", method: "POST", access: { public: true }, allowed: 200 },

  { route: "/api/v1/workspaces", method: "GET", access: { signedIn: true }, allowed: 200 },
  { route: "/api/v1/workspaces", method: "POST", access: { signedIn: true }, allowed: 409, body: (r) => ({ name: "Another demo", slug: r.slug }) },
  { route: "/api/v1/invites/accept", method: "POST", access: { signedIn: true }, allowed: 400, body: (r) => ({ token: r.expiredInviteToken }) },

  { route: "/api/v1/workspaces/[slug]/changes", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/integrity/checkpoint", method: "GET", access: { policy: "integrity.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/events", method: "GET", access: { policy: "workspace.read" }, allowed: 200, stream: true },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]/presence", method: "POST", access: { policy: "workspace.read" }, allowed: 201, body: () => ({ leaving: true }) },
  { route: "/api/v1/workspaces/[slug]/changes/[changeId]/revert", method: "POST", access: { policy: "item.write" }, allowed: 409, body: () => ({ expectedVersion: STALE }) },
  { route: "/api/v1/workspaces/[slug]/search", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "q=export" },

  { route: "/api/v1/workspaces/[slug]/items", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/items", method: "POST", access: { policy: "item.write" }, allowed: 400, body: () => ({ kind: "export_control", title: "", implementingJurisdictions: ["JP"] }) },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]", method: "PATCH", access: { policy: "item.write" }, allowed: 409, body: () => ({ expectedVersion: STALE, fields: { title: "Renamed by the matrix" } }) },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]/archive", method: "POST", access: { policy: "item.write" }, allowed: 409, body: () => ({ expectedVersion: STALE }) },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]/restore", method: "POST", access: { policy: "item.write" }, allowed: 409, body: () => ({ expectedVersion: STALE }) },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]/history", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  {
    route: "/api/v1/workspaces/[slug]/items/[itemId]/status-changes",
    method: "POST",
    access: { policy: "item.write" },
    allowed: 409,
    body: (r) => ({ expectedVersion: STALE, status: "eased", effectiveOn: "2024", reason: "Matrix", citations: [{ sourceId: r.sourceId, excerpt: r.excerpt }] }),
  },
  {
    route: "/api/v1/workspaces/[slug]/items/[itemId]/citations",
    method: "POST",
    access: { policy: "item.write" },
    allowed: 409,
    body: (r) => ({ expectedVersion: STALE, statusEventId: r.statusEventId, sourceId: r.sourceId, excerpt: otherPassage(r) }),
  },
  {
    route: "/api/v1/workspaces/[slug]/items/[itemId]/relations",
    method: "POST",
    access: { policy: "item.write" },
    allowed: 409,
    body: (r) => ({ expectedVersion: STALE, type: "supersedes", toItemId: r.otherItemId }),
  },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]/relations/[relationId]", method: "DELETE", access: { policy: "item.write" }, allowed: 409, query: () => `expectedVersion=${STALE}` },

  { route: "/api/v1/workspaces/[slug]/items/[itemId]/export.csv", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/items/[itemId]/export.json", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/export.csv", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "kind=export_control" },
  { route: "/api/v1/workspaces/[slug]/export.json", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "kind=export_control" },
  { route: "/api/v1/workspaces/[slug]/timeline.svg", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "kind=export_control" },
  { route: "/api/v1/workspaces/[slug]/timeline.png", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "kind=export_control" },
  { route: "/api/v1/workspaces/[slug]/statuses.svg", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "step=year" },
  { route: "/api/v1/workspaces/[slug]/statuses.png", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "step=year" },

  { route: "/api/v1/workspaces/[slug]/views", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/views", method: "POST", access: { policy: "view.write" }, allowed: 409, body: (r) => ({ name: r.viewName, query: "kind=export_control" }) },
  { route: "/api/v1/workspaces/[slug]/views/[viewId]", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  // Renaming is for the view's owner and the workspace's owners; the name is one the view's owner already uses.
  { route: "/api/v1/workspaces/[slug]/views/[viewId]", method: "PATCH", access: { policy: "view.write", owned: { by: "analyst" } }, allowed: 409, body: (r) => ({ name: r.viewName }) },
  // Nothing refuses a delete once the caller may make it, so it deletes: the owner's personal view, which only they see.
  {
    route: "/api/v1/workspaces/[slug]/views/[viewId]",
    method: "DELETE",
    access: { policy: "view.write", owned: { by: "owner", personal: true } },
    allowed: 200,
    params: (r) => ({ viewId: r.personalViewId }),
  },
  // Updating the filters is for the view's owner and the workspace's owners; the query is the view's own, so nothing changes.
  {
    route: "/api/v1/workspaces/[slug]/views/[viewId]/query",
    method: "PUT",
    access: { policy: "view.write", owned: { by: "analyst" } },
    allowed: 200,
    body: () => ({ query: "kind=export_control" }),
  },
  { route: "/api/v1/workspaces/[slug]/views/[viewId]/duplicate", method: "POST", access: { policy: "view.write" }, allowed: 409, body: (r) => ({ name: r.viewName }) },
  { route: "/api/v1/workspaces/[slug]/views/[viewId]/export.csv", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/views/[viewId]/export.json", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/views/[viewId]/share-links", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  // Nothing refuses a link once the caller may make it and sees the view (bad input is refused before the view is
  // looked up, which would let a stranger's call pass without a 404), so each allowed caller makes one, to the
  // matrix's own view.
  { route: "/api/v1/workspaces/[slug]/views/[viewId]/share-links", method: "POST", access: { policy: "view.share" }, allowed: 201, body: () => ({ expiresInDays: 1 }) },
  // Revoking is for the link's creator (here the view's owner too) and the workspace's owners; the link is revoked already.
  { route: "/api/v1/workspaces/[slug]/views/[viewId]/share-links/[linkId]", method: "DELETE", access: { policy: "workspace.read", owned: { by: "analyst" } }, allowed: 400 },

  { route: "/api/v1/workspaces/[slug]/sources", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: () => "sort=title" },
  { route: "/api/v1/workspaces/[slug]/sources", method: "POST", access: { policy: "source.write" }, allowed: 409, body: (r) => ({ title: "Pasted again", language: "en", body: r.sourceBody }) },
  { route: "/api/v1/workspaces/[slug]/sources/[sourceId]", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  // No source of the demo has reached this version.
  { route: "/api/v1/workspaces/[slug]/sources/[sourceId]", method: "PATCH", access: { policy: "source.write" }, allowed: 409, body: () => ({ expectedVersion: 1_000_000, title: "Renamed by the matrix" }) },
  { route: "/api/v1/workspaces/[slug]/discrepancies", method: "POST", access: { policy: "source.write" }, allowed: 400, body: (r) => ({ sourceAId: r.sourceId, sourceBId: r.sourceId, note: "The matrix says they disagree" }) },
  { route: "/api/v1/workspaces/[slug]/discrepancies/[discrepancyId]/resolve", method: "POST", access: { policy: "source.write" }, allowed: 400, body: () => ({}) },

  // A dry run changes nothing.
  { route: "/api/v1/workspaces/[slug]/imports/items", method: "POST", access: { policy: "item.write" }, allowed: 200, body: () => ({ items: [] }) },
  { route: "/api/v1/workspaces/[slug]/imports/sources", method: "POST", access: { policy: "source.write" }, allowed: 200, body: () => ({ sources: [] }) },
  { route: "/api/v1/workspaces/[slug]/integrity", method: "GET", access: { policy: "integrity.read" }, allowed: 200 },

  { route: "/api/v1/workspaces/[slug]/tokens", method: "GET", access: { policy: "tokens.manage" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/tokens", method: "POST", access: { policy: "tokens.manage" }, allowed: 400, body: () => ({ name: "", scope: "read" }) },
  // Revoking is for the token's owner and the workspace's owners; the token is revoked already.
  { route: "/api/v1/workspaces/[slug]/tokens/[tokenId]", method: "DELETE", access: { policy: "tokens.manage", owned: { by: "analyst" } }, allowed: 400 },

  // Discussion: edits and deletes against a stale version, after the role check and the comment's lookup.
  { route: "/api/v1/workspaces/[slug]/comments", method: "GET", access: { policy: "workspace.read" }, allowed: 200, query: (r) => `itemId=${r.itemId}` },
  { route: "/api/v1/workspaces/[slug]/comments", method: "POST", access: { policy: "comment.write" }, allowed: 400, body: (r) => ({ target: "item", targetId: r.itemId, body: "" }) },
  { route: "/api/v1/workspaces/[slug]/comments/[commentId]", method: "PATCH", access: { policy: "comment.write" }, allowed: 409, body: () => ({ expectedVersion: STALE, body: "Edited by the matrix" }) },
  { route: "/api/v1/workspaces/[slug]/comments/[commentId]", method: "DELETE", access: { policy: "comment.write" }, allowed: 409, query: () => `expectedVersion=${STALE}` },
  // Watches are each person's own (and refuse tokens): listing reads; a watch of nothing is refused input.
  { route: "/api/v1/workspaces/[slug]/watches", method: "GET", access: { policy: "workspace.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/watches", method: "POST", access: { policy: "workspace.read" }, allowed: 400, body: () => ({ target: "item", targetId: "not an id" }) },
  // Only the analyst has this watch; for every other member it does not exist.
  { route: "/api/v1/workspaces/[slug]/watches/[watchId]", method: "DELETE", access: { policy: "workspace.read", owned: { by: "analyst", personal: true } }, allowed: 200 },
  // Webhooks: owners. The test delivery fails at once (nothing listens there) and says so; before the delete below.
  { route: "/api/v1/workspaces/[slug]/webhooks", method: "GET", access: { policy: "webhooks.manage" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/webhooks", method: "POST", access: { policy: "webhooks.manage" }, allowed: 400, body: () => ({ url: "", eventTypes: [] }) },
  // The description it already has: the webhook is looked up (a stranger's is not found) and nothing changes.
  { route: "/api/v1/workspaces/[slug]/webhooks/[webhookId]", method: "PATCH", access: { policy: "webhooks.manage" }, allowed: 200, body: () => ({ description: "" }) },
  { route: "/api/v1/workspaces/[slug]/webhooks/[webhookId]/test", method: "POST", access: { policy: "webhooks.manage" }, allowed: 201 },
  { route: "/api/v1/workspaces/[slug]/webhooks/[webhookId]", method: "DELETE", access: { policy: "webhooks.manage" }, allowed: 200 },

  { route: "/api/v1/workspaces/[slug]/members", method: "GET", access: { policy: "members.read" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/members/[userId]", method: "PATCH", access: { policy: "members.manage" }, allowed: 400, body: () => ({ role: "analyst" }) },
  { route: "/api/v1/workspaces/[slug]/members/[userId]", method: "DELETE", access: { policy: "members.manage" }, allowed: 400 },
  { route: "/api/v1/workspaces/[slug]/invites", method: "GET", access: { policy: "members.manage" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/invites", method: "POST", access: { policy: "members.manage" }, allowed: 201, body: () => ({ role: "viewer", email: "matrix@example.test" }) },
  { route: "/api/v1/workspaces/[slug]/invites/[inviteId]", method: "DELETE", access: { policy: "members.manage" }, allowed: 200 },
  { route: "/api/v1/workspaces/[slug]/security-events", method: "GET", access: { policy: "security.read" }, allowed: 200 },

  // The caller's own account: refused input, or reads, except where noted.
  { route: "/api/v1/account", method: "GET", access: { signedIn: true }, allowed: 200 },
  { route: "/api/v1/account", method: "PATCH", access: { signedIn: true }, allowed: 400, body: () => ({ name: "" }) },
  { route: "/api/v1/account/password", method: "POST", access: { signedIn: true }, allowed: 400, body: () => ({ currentPassword: "not the password", newPassword: "a long enough new password" }) },
  { route: "/api/v1/account/email", method: "POST", access: { signedIn: true }, allowed: 400, body: () => ({ email: "not an address", currentPassword: "not the password" }) },
  { route: "/api/v1/account/security-events", method: "GET", access: { signedIn: true }, allowed: 200 },
  // The caller's inbox: marking a notification needs a read or unread (refused before the notification is looked up).
  { route: "/api/v1/account/notifications", method: "GET", access: { signedIn: true }, allowed: 200 },
  { route: "/api/v1/account/notifications/[notificationId]", method: "PATCH", access: { signedIn: true }, allowed: 400, params: { notificationId: "00000000-0000-4000-8000-000000000000" }, body: () => ({}) },
  { route: "/api/v1/account/notifications/read-all", method: "POST", access: { signedIn: true }, allowed: 201 },
  { route: "/api/v1/account/notification-preferences", method: "GET", access: { signedIn: true }, allowed: 200 },
  { route: "/api/v1/account/notification-preferences", method: "PATCH", access: { signedIn: true }, allowed: 400, body: () => ({ watch: { inbox: "yes" } }) },
  { route: "/api/v1/account/sessions", method: "GET", access: { signedIn: true }, allowed: 200 },
  // Another session of the demo owner's: only the owner finds it (and ends it); for anyone else it is not theirs, so
  // not found. Before the sign-out-everywhere case below, which would end it first.
  { route: "/api/v1/account/sessions/[sessionId]", method: "DELETE", access: { signedIn: true }, allowed: 200, except: { stranger: 404, viewer: 404, analyst: 404 } },
  { route: "/api/v1/account/sessions", method: "DELETE", access: { signedIn: true }, allowed: 200, endsSession: true },

  // The instance's administration: the demo's owner administers it.
  { route: "/api/v1/admin/users", method: "GET", access: { admin: true }, allowed: 200 },
  // The demo owner is active already.
  { route: "/api/v1/admin/users/[userId]", method: "PATCH", access: { admin: true }, allowed: 400, body: () => ({ active: true }) },
  { route: "/api/v1/admin/users/[userId]/password-reset-link", method: "POST", access: { admin: true }, allowed: 400, params: (r) => ({ userId: r.deactivatedUserId }) },
  { route: "/api/v1/admin/settings", method: "GET", access: { admin: true }, allowed: 200 },
  { route: "/api/v1/admin/settings", method: "PATCH", access: { admin: true }, allowed: 400, body: () => ({ joinPolicy: "domains", allowedDomains: [] }) },
  { route: "/api/v1/admin/security-events", method: "GET", access: { admin: true }, allowed: 200 },
];

export const routeKey = (c: { method: string; route: string }) => `${c.method} ${c.route}`;

/**
 * The URL path of a route with its parameters filled in from the records (or the case's own params). Route groups,
 * "(name)" folders, are not part of URLs. A parameter nothing names fails loudly: add it to RouteRecords.
 */
export function routePath(c: RouteCase, records: RouteRecords): string {
  const values: Record<string, string> = { ...records, ...(typeof c.params === "function" ? c.params(records) : c.params) };
  const path = c.route
    .split("/")
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .map((segment) => {
      const param = /^\[(?:\.\.\.)?(.+)\]$/.exec(segment)?.[1];
      if (!param) return segment;
      const value = values[param];
      if (value === undefined) throw new Error(`${routeKey(c)}: no record for [${param}]; add one to RouteRecords`);
      return encodeURIComponent(value);
    })
    .join("/");
  const query = c.query?.(records);
  return query ? `${path}?${query}` : path;
}

/** Whether the route names records besides its workspace, so a stranger can try the ids in their own workspace. */
export const namesRecords = (c: RouteCase) => /\[(?!slug\])[^\]]+\]/.test(c.route);
