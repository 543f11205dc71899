import { z } from "zod";
import { ZChangePassword } from "@/lib/accounts/change-password";
import { ZEmailChange } from "@/lib/accounts/request-email-change";
import { ZUpdateProfile } from "@/lib/accounts/update-profile";
import { ZListUsers } from "@/lib/admin/list-users";
import { ZSetUserActive } from "@/lib/admin/set-user-active";
import { ZJoinPolicy } from "@/lib/admin/update-join-policy";
import { ZRevertChange } from "@/lib/history/revert-change";
import { ZChangeFilter } from "@/lib/history/list-changes";
import { ZAddComment, ZCommentsOf, ZDeleteComment, ZEditComment } from "@/lib/comments/comment-input";
import { ZInboxFilter, ZMarkNotification } from "@/lib/notifications/inbox";
import { ZUpdatePreferences } from "@/lib/notifications/preferences";
import { ZWatch } from "@/lib/watches/watches";
import { ZCreateWebhook, ZUpdateWebhook } from "@/lib/webhooks/endpoints";
import { ZImportOptions } from "@/lib/imports/import-items";
import { ZJsonImportItems } from "@/lib/imports/item-rows";
import { ZPresence } from "@/lib/live/presence";
import { ZSearch } from "@/lib/search/search-workspace";
import { ZSecurityEventFilter } from "@/lib/security/list-security-events";
import { ZAddSource } from "@/lib/sources/add-source";
import { ZFlagDiscrepancy, ZResolveDiscrepancy } from "@/lib/sources/discrepancies";
import { ZSourceQuery } from "@/lib/sources/query-sources";
import { ZUpdateSource } from "@/lib/sources/update-source";
import { ZCreateApiToken } from "@/lib/tokens/create-api-token";
import { ZAddCitation } from "@/lib/tracking/add-citation";
import { ZCreateItem } from "@/lib/tracking/item-input";
import { ZRecordStatusChange } from "@/lib/tracking/record-status-change";
import { ZAddRelation, ZRemoveRelation } from "@/lib/tracking/relations";
import { ZSetArchived } from "@/lib/tracking/set-archived";
import { ZUpdateItem } from "@/lib/tracking/update-item";
import { ZCreateShareLink } from "@/lib/views/create-share-link";
import { ZDuplicateView } from "@/lib/views/duplicate-view";
import { ZRenameView } from "@/lib/views/rename-view";
import { ZSaveView } from "@/lib/views/save-view";
import { ZUpdateViewQuery } from "@/lib/views/update-view-query";
import { ZStatusSeriesInput } from "@/lib/tracking/statuses-over-time";
import { ZTimelinePeriod } from "@/lib/tracking/workspace-timeline";
import { ZChartLanguage } from "@/lib/i18n/chart-language";
import { ZTrackerQuery } from "@/lib/views/tracker-query";
import { ZAcceptInvite } from "@/lib/workspaces/accept-invite";
import { ZChangeRole } from "@/lib/workspaces/change-role";
import { ZCreateInvite } from "@/lib/workspaces/create-invite";
import { ZCreateWorkspace } from "@/lib/workspaces/create-workspace";
import * as S from "./schemas";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A response body: JSON of a schema, or a download of another type. */
export type Body =
  | { schema: z.ZodType; media?: "application/json" }
  | { media: "text/csv" | "application/json" | "image/svg+xml" | "image/png"; schema?: z.ZodType; download: true }
  | { media: "text/event-stream"; stream: true };

export type Operation = {
  method: Method;
  /** The route handler's folder under app/, as the authorization matrix names it: "/api/v1/workspaces/[slug]/items". */
  route: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /**
   * Who may call it: anyone; anyone signed in (or with a token); a person signed in, for their own account (never a
   * token); the instance's administrators (never a token); the members of the workspace a policy action allows.
   */
  access: "public" | "signedIn" | "account" | "admin" | "workspace";
  /** The schema the domain function parses the query string with; fields the path fills are left out. */
  query?: z.ZodObject;
  /** The schema the domain function parses the JSON body with; fields the path (or the route) fills are left out. */
  body?: z.ZodType;
  /** Body fields the route sets itself (archive and restore set `archived`). */
  fixed?: string[];
  /** The request body as a file (imports): media types and the schema of each. */
  upload?: Record<string, z.ZodType>;
  success: { status: 200 | 201; description: string } & Body;
  /** A second success with the same body: 201 when the request did record something (an import applied). */
  created?: string;
  /** With `Accept: application/x-ndjson`, the answer streams progress lines before the result. */
  progress?: true;
  /** Refusals beyond those every operation of its access can give (400, 401, 403, 404, 413, 429): e.g. 409. */
  errors?: number[];
};

const WORKSPACE = "/api/v1/workspaces/[slug]";
const json = (schema: z.ZodType) => ({ schema });

/**
 * Every operation of the API, one entry each. The OpenAPI description (/api/v1/openapi.json) is generated from it,
 * and lib/api/openapi-coverage.test.ts fails when a route handler on disk has no entry here or an entry names none.
 */
export const OPERATIONS: Operation[] = [
  // Workspaces and invites
  { method: "GET", route: "/api/v1/workspaces", operationId: "listWorkspaces", tag: "Workspaces", access: "signedIn", summary: "The workspaces the caller belongs to (with a token: its workspace)", success: { status: 200, description: "The workspaces, with the caller's role in each", ...json(S.ZWorkspaceList) } },
  { method: "POST", route: "/api/v1/workspaces", operationId: "createWorkspace", tag: "Workspaces", access: "signedIn", summary: "Create a workspace with the caller as its owner (not with a token)", body: ZCreateWorkspace, success: { status: 201, description: "The new workspace", ...json(S.ZWorkspaceCreated) }, errors: [409] },
  { method: "POST", route: "/api/v1/invites/accept", operationId: "acceptInvite", tag: "Workspaces", access: "signedIn", summary: "Join a workspace with an invite's token (not with a token)", body: ZAcceptInvite, success: { status: 201, description: "The workspace joined", ...json(S.ZJoined) }, errors: [404] },

  // The caller's own account: a person signed in, never a token
  { method: "POST", route: "/api/v1/unsubscribe/[token]", operationId: "unsubscribe", tag: "Account", access: "public", summary: "One-click unsubscribe (RFC 8058) from one kind of notification email: the address of an email's List-Unsubscribe header, whose signed token is the only proof needed", success: { status: 200, description: "That kind of email is off", ...json(S.ZUnsubscribed) } },
  { method: "GET", route: "/api/v1/account", operationId: "getAccount", tag: "Account", access: "account", summary: "The caller's account, with an address change waiting for confirmation", success: { status: 200, description: "The account", ...json(S.ZAccount) } },
  { method: "PATCH", route: "/api/v1/account", operationId: "updateProfile", tag: "Account", access: "account", summary: "Change the caller's name (their changes show the new one)", body: ZUpdateProfile, success: { status: 200, description: "The new name", ...json(S.ZProfileUpdated) } },
  { method: "POST", route: "/api/v1/account/password", operationId: "changePassword", tag: "Account", access: "account", summary: "A new password, given the current one; every other session ends", body: ZChangePassword, success: { status: 201, description: "How many other sessions ended", ...json(S.ZPasswordChanged) } },
  { method: "POST", route: "/api/v1/account/email", operationId: "requestEmailChange", tag: "Account", access: "account", summary: "Move the account to another address: a confirmation link goes there, and the account moves when it is opened", body: ZEmailChange, success: { status: 201, description: "Where the link went", ...json(S.ZEmailChangeRequested) } },
  { method: "GET", route: "/api/v1/account/sessions", operationId: "listSessions", tag: "Account", access: "account", summary: "The caller's sessions that may still be in use, the current one marked", success: { status: 200, description: "The sessions", ...json(S.ZSessionList) } },
  { method: "DELETE", route: "/api/v1/account/sessions", operationId: "signOutEverywhere", tag: "Account", access: "account", summary: "End every session of the caller, this one included", success: { status: 200, description: "How many sessions ended", ...json(S.ZSessionsEnded) } },
  { method: "DELETE", route: "/api/v1/account/sessions/[sessionId]", operationId: "endSession", tag: "Account", access: "account", summary: "End one of the caller's sessions (a lost laptop)", success: { status: 200, description: "The session ended", ...json(S.ZSessionEnded) } },
  { method: "GET", route: "/api/v1/account/security-events", operationId: "listOwnSecurityEvents", tag: "Account", access: "account", summary: "Security events of the caller's account, newest first", query: ZSecurityEventFilter, success: { status: 200, description: "A page of events", ...json(S.ZSecurityEventList) } },

  // Administration of the instance: its administrators, signed in
  { method: "GET", route: "/api/v1/admin/users", operationId: "listUsers", tag: "Administration", access: "admin", summary: "Every account of the instance (or those matching q), A–Z", query: ZListUsers, success: { status: 200, description: "The accounts", ...json(S.ZUserList) } },
  { method: "PATCH", route: "/api/v1/admin/users/[userId]", operationId: "setUserActive", tag: "Administration", access: "admin", summary: "Deactivate an account (its sessions end at once) or reactivate it", body: ZSetUserActive, success: { status: 200, description: "The account's new state", ...json(S.ZUserActiveSet) } },
  { method: "POST", route: "/api/v1/admin/users/[userId]/password-reset-link", operationId: "createPasswordResetLink", tag: "Administration", access: "admin", summary: "A password reset link to pass on (also emailed when mail works)", success: { status: 201, description: "The link", ...json(S.ZResetLinkCreated) } },
  { method: "GET", route: "/api/v1/admin/settings", operationId: "getInstanceSettings", tag: "Administration", access: "admin", summary: "Who may join the instance, and whether it can send email", success: { status: 200, description: "The settings", ...json(S.ZInstanceSettings) } },
  { method: "PATCH", route: "/api/v1/admin/settings", operationId: "updateJoinPolicy", tag: "Administration", access: "admin", summary: "Set who may join without an invite: invite only, anyone, or addresses at some domains", body: ZJoinPolicy, success: { status: 200, description: "The policy set", ...json(S.ZJoinPolicySet) } },
  { method: "GET", route: "/api/v1/admin/security-events", operationId: "listInstanceSecurityEvents", tag: "Administration", access: "admin", summary: "Every security event of the instance, newest first", query: ZSecurityEventFilter, success: { status: 200, description: "A page of events", ...json(S.ZSecurityEventList) } },

  // The tracker and items
  { method: "GET", route: `${WORKSPACE}/items`, operationId: "listItems", tag: "Items", access: "workspace", summary: "The tracker: filtered, sorted, as of a day and a record time, a page at a time", query: ZTrackerQuery, success: { status: 200, description: "A page of items", ...json(S.ZTrackerPage) } },
  { method: "POST", route: `${WORKSPACE}/items`, operationId: "createItem", tag: "Items", access: "workspace", summary: "Create an item", body: ZCreateItem, success: { status: 201, description: "The new item's id and version", ...json(S.ZCreatedItem) } },
  { method: "GET", route: `${WORKSPACE}/items/[itemId]`, operationId: "getItem", tag: "Items", access: "workspace", summary: "An item with its status timeline, citations, relations and open discrepancies", success: { status: 200, description: "The item", ...json(S.ZItemDetail) } },
  { method: "PATCH", route: `${WORKSPACE}/items/[itemId]`, operationId: "updateItem", tag: "Items", access: "workspace", summary: "Edit an item's fields against the version the caller saw", body: ZUpdateItem, success: { status: 200, description: "The item's new version", ...json(S.ZVersion) }, errors: [409] },
  { method: "POST", route: `${WORKSPACE}/items/[itemId]/archive`, operationId: "archiveItem", tag: "Items", access: "workspace", summary: "Archive an item (nothing is deleted)", body: ZSetArchived, fixed: ["archived"], success: { status: 201, description: "The item's new version", ...json(S.ZVersion) }, errors: [409] },
  { method: "POST", route: `${WORKSPACE}/items/[itemId]/restore`, operationId: "restoreItem", tag: "Items", access: "workspace", summary: "Restore an archived item", body: ZSetArchived, fixed: ["archived"], success: { status: 201, description: "The item's new version", ...json(S.ZVersion) }, errors: [409] },
  { method: "POST", route: `${WORKSPACE}/items/[itemId]/status-changes`, operationId: "recordStatusChange", tag: "Items", access: "workspace", summary: "Record a status with its evidence", body: ZRecordStatusChange, success: { status: 201, description: "The new status event and the item's version", ...json(S.ZStatusRecorded) }, errors: [409] },
  { method: "POST", route: `${WORKSPACE}/items/[itemId]/citations`, operationId: "addCitation", tag: "Items", access: "workspace", summary: "Cite a source for an existing status", body: ZAddCitation, success: { status: 201, description: "The new citation and the item's version", ...json(S.ZCitationAdded) }, errors: [409] },
  { method: "POST", route: `${WORKSPACE}/items/[itemId]/relations`, operationId: "addRelation", tag: "Items", access: "workspace", summary: "Relate the item to another", body: ZAddRelation, success: { status: 201, description: "The new relation and the item's version", ...json(S.ZRelationAdded) }, errors: [409] },
  { method: "DELETE", route: `${WORKSPACE}/items/[itemId]/relations/[relationId]`, operationId: "removeRelation", tag: "Items", access: "workspace", summary: "End a relation (it stays in the history); input in the query string", query: ZRemoveRelation, success: { status: 200, description: "The item's new version", ...json(S.ZVersion) }, errors: [409] },
  { method: "POST", route: `${WORKSPACE}/items/[itemId]/presence`, operationId: "reportPresence", tag: "Live", access: "workspace", summary: "Say the caller is on the item (or editing, or leaving); a heartbeat every 15 s keeps it", body: ZPresence, success: { status: 201, description: "Who is on the item now", ...json(S.ZPresent) } },
  { method: "GET", route: `${WORKSPACE}/items/[itemId]/history`, operationId: "getItemHistory", tag: "History", access: "workspace", summary: "An item's change records, newest first", query: ZChangeFilter, success: { status: 200, description: "A page of change records", ...json(S.ZChangeList) } },

  // History
  { method: "GET", route: `${WORKSPACE}/changes`, operationId: "listChanges", tag: "History", access: "workspace", summary: "The workspace's activity, newest first", query: ZChangeFilter, success: { status: 200, description: "A page of change records", ...json(S.ZChangeList) } },
  { method: "POST", route: `${WORKSPACE}/changes/[changeId]/revert`, operationId: "revertChange", tag: "History", access: "workspace", summary: "Undo a change of an item, as a new change naming it", body: ZRevertChange, success: { status: 201, description: "The item's new version", ...json(S.ZReverted) }, errors: [409] },
  { method: "GET", route: `${WORKSPACE}/integrity`, operationId: "getIntegrity", tag: "History", access: "workspace", summary: "The last verification and checkpoint of the history (owners)", success: { status: 200, description: "The integrity status", ...json(S.ZIntegrityStatus) } },
  { method: "GET", route: `${WORKSPACE}/integrity/checkpoint`, operationId: "downloadCheckpoint", tag: "History", access: "workspace", summary: "The workspace's part of the latest signed checkpoint, as a download (owners)", success: { status: 200, description: "The signed checkpoint", media: "application/json", download: true } },

  {
    method: "GET",
    route: `${WORKSPACE}/events`,
    operationId: "streamEvents",
    tag: "Live",
    access: "workspace",
    summary: "The workspace's live updates, as server-sent events",
    description:
      "`change` events carry a change record's id (as the SSE id), type and item; `Last-Event-ID` or `?after=<change id>` resumes after one. `presence` says who is on an item, `reload` that too much was missed (fetch afresh), `ended` that the caller may no longer read the workspace. See docs/api.md.",
    success: { status: 200, description: "The event stream, open until the client leaves", media: "text/event-stream", stream: true },
  },
  { method: "GET", route: `${WORKSPACE}/security-events`, operationId: "listWorkspaceSecurityEvents", tag: "Members", access: "workspace", summary: "Security events of the workspace: role changes, removals, refused attempts (owners)", query: ZSecurityEventFilter, success: { status: 200, description: "A page of events", ...json(S.ZSecurityEventList) } },

  // Sources
  { method: "GET", route: `${WORKSPACE}/sources`, operationId: "listSources", tag: "Sources", access: "workspace", summary: "The source library, 50 a page", query: ZSourceQuery, success: { status: 200, description: "A page of sources", ...json(S.ZSourceList) } },
  { method: "POST", route: `${WORKSPACE}/sources`, operationId: "addSource", tag: "Sources", access: "workspace", summary: "Add an article to the library", body: ZAddSource, success: { status: 201, description: "The new source", ...json(S.ZSourceAdded) }, errors: [409] },
  { method: "GET", route: `${WORKSPACE}/sources/[sourceId]`, operationId: "getSource", tag: "Sources", access: "workspace", summary: "A source with its text, citations and open discrepancies", success: { status: 200, description: "The source", ...json(S.ZSourceDetail) } },
  { method: "PATCH", route: `${WORKSPACE}/sources/[sourceId]`, operationId: "updateSource", tag: "Sources", access: "workspace", summary: "Edit a source's details (never its text) against the version the caller saw", body: ZUpdateSource, success: { status: 200, description: "The source's new version", ...json(S.ZVersion) }, errors: [409] },
  { method: "POST", route: `${WORKSPACE}/discrepancies`, operationId: "flagDiscrepancy", tag: "Sources", access: "workspace", summary: "Flag two citations, or two sources, that disagree", body: ZFlagDiscrepancy, success: { status: 201, description: "The new discrepancy", ...json(S.ZIdOnly) } },
  { method: "POST", route: `${WORKSPACE}/discrepancies/[discrepancyId]/resolve`, operationId: "resolveDiscrepancy", tag: "Sources", access: "workspace", summary: "Mark a disagreement resolved (it stays on record)", body: ZResolveDiscrepancy, success: { status: 201, description: "The discrepancy resolved", ...json(S.ZIdOnly) } },

  // Imports
  {
    method: "POST",
    route: `${WORKSPACE}/imports/items`,
    operationId: "importItems",
    tag: "Imports",
    access: "workspace",
    summary: "Import items from a file: a dry run by default, then apply with a reason",
    description:
      "The body is the file: CSV (the template's columns, or Global Trade Alert-style columns) or JSON. The answer reports each row: what would be (or was) created or changed, and every problem by row and column. A file with any problem is not applied (400, `error.fields` keyed `rows.<row>.<column>`). See docs/imports.md.",
    query: ZImportOptions,
    upload: { "text/csv": z.string(), "application/json": ZJsonImportItems },
    success: { status: 200, description: "The dry run's report (or the apply's, when nothing needed to change)", ...json(S.ZImportReport) },
    created: "Applied: the report, with the import's change record",
    progress: true,
    errors: [409],
  },
  {
    method: "POST",
    route: `${WORKSPACE}/imports/sources`,
    operationId: "importSources",
    tag: "Imports",
    access: "workspace",
    summary: "Import sources from a file: a dry run by default, then apply with a reason",
    description: "The body is the file: CSV with the sources template's columns, or JSON `{ \"sources\": [ … ] }`. See docs/imports.md.",
    query: ZImportOptions,
    upload: { "text/csv": z.string(), "application/json": z.object({ sources: z.array(z.record(z.string(), z.string())) }) },
    success: { status: 200, description: "The dry run's report (or the apply's, when nothing needed to change)", ...json(S.ZImportReport) },
    created: "Applied: the report, with the import's change record",
    progress: true,
    errors: [409],
  },

  // Search
  { method: "GET", route: `${WORKSPACE}/search`, operationId: "search", tag: "Search", access: "workspace", summary: "Items, sources, citations and change reasons matching a text", query: ZSearch, success: { status: 200, description: "Matches of each kind, best first", ...json(S.ZSearchResults) } },

  // Saved views and share links
  { method: "GET", route: `${WORKSPACE}/views`, operationId: "listViews", tag: "Views", access: "workspace", summary: "The team's views and the caller's own", success: { status: 200, description: "The views", ...json(S.ZViewList) } },
  { method: "POST", route: `${WORKSPACE}/views`, operationId: "saveView", tag: "Views", access: "workspace", summary: "Save a tracker query as a view", body: ZSaveView, success: { status: 201, description: "The new view", ...json(S.ZViewSaved) }, errors: [409] },
  { method: "GET", route: `${WORKSPACE}/views/[viewId]`, operationId: "getView", tag: "Views", access: "workspace", summary: "A view, and what the caller may do with it", success: { status: 200, description: "The view", ...json(S.ZViewDetail) } },
  { method: "PATCH", route: `${WORKSPACE}/views/[viewId]`, operationId: "renameView", tag: "Views", access: "workspace", summary: "Rename a view", body: ZRenameView, success: { status: 200, description: "The view renamed", ...json(S.ZViewRenamed) }, errors: [409] },
  { method: "PUT", route: `${WORKSPACE}/views/[viewId]/query`, operationId: "updateViewQuery", tag: "Views", access: "workspace", summary: "Replace a view's query with the tracker parameters given (its name and links stay)", body: ZUpdateViewQuery, success: { status: 200, description: "The view's new query", ...json(S.ZViewQueryUpdated) } },
  { method: "DELETE", route: `${WORKSPACE}/views/[viewId]`, operationId: "deleteView", tag: "Views", access: "workspace", summary: "Delete a view, revoking its share links", success: { status: 200, description: "The view deleted", ...json(S.ZViewDeleted) } },
  { method: "POST", route: `${WORKSPACE}/views/[viewId]/duplicate`, operationId: "duplicateView", tag: "Views", access: "workspace", summary: "Copy a view into a new view of the caller's", body: ZDuplicateView, success: { status: 201, description: "The copy", ...json(S.ZViewSaved) }, errors: [409] },
  { method: "GET", route: `${WORKSPACE}/views/[viewId]/share-links`, operationId: "listShareLinks", tag: "Views", access: "workspace", summary: "A view's share links", success: { status: 200, description: "The links", ...json(S.ZShareLinkList) } },
  { method: "POST", route: `${WORKSPACE}/views/[viewId]/share-links`, operationId: "createShareLink", tag: "Views", access: "workspace", summary: "Make a read-only link to a view for people outside the team", body: ZCreateShareLink, success: { status: 201, description: "The link, with its token shown this once", ...json(S.ZShareLinkCreated) } },
  { method: "DELETE", route: `${WORKSPACE}/views/[viewId]/share-links/[linkId]`, operationId: "revokeShareLink", tag: "Views", access: "workspace", summary: "Revoke a share link", success: { status: 200, description: "The link revoked", ...json(S.ZRevoked) } },

  // Exports
  { method: "GET", route: `${WORKSPACE}/export.csv`, operationId: "exportTrackerCsv", tag: "Exports", access: "workspace", summary: "Every item matching a tracker query, as CSV", query: ZTrackerQuery, success: { status: 200, description: "The CSV file", media: "text/csv", download: true } },
  { method: "GET", route: `${WORKSPACE}/export.json`, operationId: "exportTrackerJson", tag: "Exports", access: "workspace", summary: "Every item matching a tracker query, as JSON", query: ZTrackerQuery, success: { status: 200, description: "The JSON file", media: "application/json", download: true } },
  ...(["svg", "png"] as const).flatMap((format) => {
    const media = format === "svg" ? "image/svg+xml" : "image/png";
    const file = format.toUpperCase();
    return [
      { method: "GET", route: `${WORKSPACE}/timeline.${format}`, operationId: `exportTimeline${file === "SVG" ? "Svg" : "Png"}`, tag: "Exports", access: "workspace", summary: `The workspace timeline of a tracker query's first 200 items over a period, as ${file}`, query: ZTrackerQuery.extend(ZTimelinePeriod.shape).extend(ZChartLanguage.shape), success: { status: 200, description: `The ${file} file`, media, download: true } },
      { method: "GET", route: `${WORKSPACE}/statuses.${format}`, operationId: `exportStatusSeries${file === "SVG" ? "Svg" : "Png"}`, tag: "Exports", access: "workspace", summary: `Items by kind and by status over time, as ${file}`, query: ZStatusSeriesInput.safeExtend(ZChartLanguage.shape), success: { status: 200, description: `The ${file} file`, media, download: true } },
    ] satisfies Operation[];
  }),
  { method: "GET", route: `${WORKSPACE}/views/[viewId]/export.csv`, operationId: "exportViewCsv", tag: "Exports", access: "workspace", summary: "Every item of a saved view, as CSV", success: { status: 200, description: "The CSV file", media: "text/csv", download: true } },
  { method: "GET", route: `${WORKSPACE}/items/[itemId]/export.json`, operationId: "exportItemHistoryJson", tag: "Exports", access: "workspace", summary: "An item's whole status and change history, as JSON", success: { status: 200, description: "The JSON file", media: "application/json", download: true } },
  { method: "GET", route: `${WORKSPACE}/items/[itemId]/export.csv`, operationId: "exportItemHistoryCsv", tag: "Exports", access: "workspace", summary: "An item's change history, one row per change, as CSV", success: { status: 200, description: "The CSV file", media: "text/csv", download: true } },
  { method: "GET", route: `${WORKSPACE}/views/[viewId]/export.json`, operationId: "exportViewJson", tag: "Exports", access: "workspace", summary: "Every item of a saved view, as JSON", success: { status: 200, description: "The JSON file", media: "application/json", download: true } },

  // Members, invites and tokens
  { method: "GET", route: `${WORKSPACE}/members`, operationId: "listMembers", tag: "Members", access: "workspace", summary: "Every member, owners first", success: { status: 200, description: "The members", ...json(S.ZMemberList) } },
  { method: "PATCH", route: `${WORKSPACE}/members/[userId]`, operationId: "changeRole", tag: "Members", access: "workspace", summary: "Give a member another role (owners); while signed in only", body: ZChangeRole, success: { status: 200, description: "The new role", ...json(S.ZRoleChanged) } },
  { method: "DELETE", route: `${WORKSPACE}/members/[userId]`, operationId: "removeMember", tag: "Members", access: "workspace", summary: "Remove a member (owners; while signed in only), or leave (the member's own id)", success: { status: 200, description: "The membership ended", ...json(S.ZMemberRemoved) } },
  { method: "GET", route: `${WORKSPACE}/invites`, operationId: "listInvites", tag: "Members", access: "workspace", summary: "Pending invites (owners); while signed in only", success: { status: 200, description: "The invites", ...json(S.ZInviteList) } },
  { method: "POST", route: `${WORKSPACE}/invites`, operationId: "createInvite", tag: "Members", access: "workspace", summary: "Make a single-use invite link (owners); while signed in only", body: ZCreateInvite, success: { status: 201, description: "The invite, with its link shown this once", ...json(S.ZInviteCreated) } },
  { method: "DELETE", route: `${WORKSPACE}/invites/[inviteId]`, operationId: "revokeInvite", tag: "Members", access: "workspace", summary: "Revoke a pending invite (owners); while signed in only", success: { status: 200, description: "The invite revoked", ...json(S.ZRevoked) } },
  { method: "GET", route: `${WORKSPACE}/tokens`, operationId: "listTokens", tag: "Members", access: "workspace", summary: "The caller's API tokens (every member's, for owners); while signed in only", success: { status: 200, description: "The tokens (never the secret)", ...json(S.ZTokenList) } },
  { method: "POST", route: `${WORKSPACE}/tokens`, operationId: "createToken", tag: "Members", access: "workspace", summary: "Make a personal API token for this workspace; while signed in only", body: ZCreateApiToken, success: { status: 201, description: "The token, shown this once", ...json(S.ZTokenCreated) } },
  { method: "DELETE", route: `${WORKSPACE}/tokens/[tokenId]`, operationId: "revokeToken", tag: "Members", access: "workspace", summary: "Revoke an API token (its owner, or a workspace owner); while signed in only", success: { status: 200, description: "The token revoked", ...json(S.ZRevoked) } },
  // Discussion, watches, the inbox and webhooks
  { method: "GET", route: `${WORKSPACE}/comments`, operationId: "listComments", tag: "Discussion", access: "workspace", summary: "The comments of an item's discussion (its statuses' and disagreements' included) or of one disagreement, oldest first", query: ZCommentsOf, success: { status: 200, description: "The comments, with what the caller may do with each", ...json(S.ZCommentList) } },
  { method: "POST", route: `${WORKSPACE}/comments`, operationId: "addComment", tag: "Discussion", access: "workspace", summary: "Comment on an item, a status or a disagreement, or reply to a comment; mention members as @ and their name or the part of their email address before its @ (\"@Aiko Analyst\", \"@aiko\")", body: ZAddComment, success: { status: 201, description: "The new comment and its version", ...json(S.ZCommentVersion) } },
  { method: "PATCH", route: `${WORKSPACE}/comments/[commentId]`, operationId: "editComment", tag: "Discussion", access: "workspace", summary: "Edit the caller's own comment against the version they saw", body: ZEditComment, success: { status: 200, description: "The comment's new version", ...json(S.ZCommentVersion) }, errors: [409] },
  { method: "DELETE", route: `${WORKSPACE}/comments/[commentId]`, operationId: "deleteComment", tag: "Discussion", access: "workspace", summary: "Delete a comment (its author, or an owner); the history keeps its text. Input in the query string", query: ZDeleteComment, success: { status: 200, description: "The comment's new version", ...json(S.ZCommentVersion) }, errors: [409] },
  { method: "GET", route: `${WORKSPACE}/watches`, operationId: "listWatches", tag: "Watches", access: "workspace", summary: "The caller's watches in the workspace; while signed in only", success: { status: 200, description: "The watches", ...json(S.ZWatchList) } },
  { method: "POST", route: `${WORKSPACE}/watches`, operationId: "watch", tag: "Watches", access: "workspace", summary: "Watch an item, a source or a saved view (watching twice is watching once); while signed in only", body: ZWatch, success: { status: 201, description: "The watch", ...json(S.ZWatched) } },
  { method: "DELETE", route: `${WORKSPACE}/watches/[watchId]`, operationId: "unwatch", tag: "Watches", access: "workspace", summary: "Stop one of the caller's watches; while signed in only", success: { status: 200, description: "The watch ended", ...json(S.ZIdOnly) } },
  { method: "GET", route: "/api/v1/account/notifications", operationId: "listNotifications", tag: "Inbox", access: "account", summary: "The caller's inbox across their workspaces, newest first, a page at a time", query: ZInboxFilter, success: { status: 200, description: "A page of notifications and how many are unread", ...json(S.ZInbox) } },
  { method: "PATCH", route: "/api/v1/account/notifications/[notificationId]", operationId: "markNotification", tag: "Inbox", access: "account", summary: "Mark one of the caller's notifications read or unread", body: ZMarkNotification, success: { status: 200, description: "The notification marked", ...json(S.ZNotificationMarked) } },
  { method: "POST", route: "/api/v1/account/notifications/read-all", operationId: "markAllNotificationsRead", tag: "Inbox", access: "account", summary: "Mark every unread notification of the caller read", success: { status: 201, description: "How many were marked", ...json(S.ZAllRead) } },
  { method: "GET", route: "/api/v1/account/notification-preferences", operationId: "getNotificationPreferences", tag: "Inbox", access: "account", summary: "For each kind of notification: whether it goes to the inbox, and how it is emailed", success: { status: 200, description: "The preferences", ...json(S.ZNotificationPreferences) } },
  { method: "PATCH", route: "/api/v1/account/notification-preferences", operationId: "updateNotificationPreferences", tag: "Inbox", access: "account", summary: "Set the caller's choice for the kinds given; the others keep theirs", body: ZUpdatePreferences, success: { status: 200, description: "The preferences now", ...json(S.ZNotificationPreferences) } },
  { method: "GET", route: `${WORKSPACE}/webhooks`, operationId: "listWebhooks", tag: "Webhooks", access: "workspace", summary: "The workspace's webhooks with their latest deliveries (owners); while signed in only", success: { status: 200, description: "The webhooks", ...json(S.ZWebhookList) } },
  { method: "POST", route: `${WORKSPACE}/webhooks`, operationId: "createWebhook", tag: "Webhooks", access: "workspace", summary: "Send the workspace's changes to an address (owners); while signed in only", body: ZCreateWebhook, success: { status: 201, description: "The webhook, with its signing secret shown this once", ...json(S.ZWebhookCreated) } },
  { method: "PATCH", route: `${WORKSPACE}/webhooks/[webhookId]`, operationId: "updateWebhook", tag: "Webhooks", access: "workspace", summary: "Change a webhook's description, format or events, or turn it off or on (owners); while signed in only", body: ZUpdateWebhook, success: { status: 200, description: "The webhook's state", ...json(S.ZWebhookUpdated) } },
  { method: "DELETE", route: `${WORKSPACE}/webhooks/[webhookId]`, operationId: "deleteWebhook", tag: "Webhooks", access: "workspace", summary: "Delete a webhook (owners); while signed in only", success: { status: 200, description: "The webhook deleted", ...json(S.ZIdOnly) } },
  { method: "POST", route: `${WORKSPACE}/webhooks/[webhookId]/test`, operationId: "testWebhook", tag: "Webhooks", access: "workspace", summary: "Send a test event now and answer with what came back (owners); while signed in only", success: { status: 201, description: "The test delivery's outcome", ...json(S.ZWebhookTested) } },
];
