import {
  changePasswordAction,
  endSessionAction,
  requestEmailChangeAction,
  signOutEverywhereAction,
  updateLocaleAction,
  updateProfileAction,
} from "@/app/(signed-in)/account/actions";
import { createResetLinkAction, setUserActiveAction, updateJoinPolicyAction } from "@/app/(signed-in)/admin/actions";
import { requestPasswordResetAction } from "@/app/forgot-password/actions";
import { acceptInviteAction, signUpWithInviteAction } from "@/app/invite/[token]/actions";
import { resetPasswordAction } from "@/app/reset-password/[token]/actions";
import { createFirstOwnerAction } from "@/app/setup/actions";
import { requestSignUpAction } from "@/app/sign-up/actions";
import { unsubscribeAction } from "@/app/unsubscribe/[token]/actions";
import { confirmEmailAction } from "@/app/verify-email/[token]/actions";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe";
import {
  addCitationAction,
  addRelationAction,
  createItemAction,
  recordStatusChangeAction,
  removeRelationAction,
  revertChangeAction,
  setArchivedAction,
  updateItemAction,
} from "@/app/w/[slug]/items/actions";
import { markAllReadAction, markNotificationAction, updatePreferencesAction } from "@/app/(signed-in)/inbox/actions";
import { unwatchAction, watchAction } from "@/app/w/[slug]/watches/actions";
import { createWebhookAction, deleteWebhookAction, sendTestWebhookAction, updateWebhookAction } from "@/app/w/[slug]/settings/webhooks/actions";
import { addCommentAction, deleteCommentAction, editCommentAction } from "@/app/w/[slug]/comments/actions";
import { changeRoleAction, createInviteAction, removeMemberAction, revokeInviteAction } from "@/app/w/[slug]/members/actions";
import { addSourceAction, flagDiscrepancyAction, resolveDiscrepancyAction, updateSourceAction } from "@/app/w/[slug]/sources/actions";
import {
  createShareLinkAction,
  deleteViewAction,
  duplicateViewAction,
  renameViewAction,
  revokeShareLinkAction,
  saveViewAction,
  updateViewQueryAction,
} from "@/app/w/[slug]/views/actions";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/w/[slug]/settings/tokens/actions";
import { createWorkspaceAction } from "@/app/workspaces/actions";
import type { Actor } from "@/lib/auth/actor";
import { TEST_PASSWORD } from "@/tests/factories";
import type { DomainErrorKind } from "@/lib/errors";
import type { ActionResult } from "@/lib/http/action-result";
import type { Access, Caller } from "./access";

/**
 * A workspace made afresh for every call (so each allowed caller's write can succeed on its own), with a record of
 * each kind the actions name. The owner, analyst and viewer callers are its members; the stranger is not.
 */
export type ActionFixture = {
  slug: string;
  /** A viewer other than the caller, for role changes and removals. */
  memberId: string;
  inviteId: string;
  inviteToken: string;
  /** Text no other test uses, for sources, workspace slugs and emails. */
  unique: string;
  /** An item with a status that cites no source yet and a relation to another item, at its current version. */
  itemId: string;
  itemVersion: number;
  statusEventId: string;
  otherItemId: string;
  relationId: string;
  /** The change that added the relation (a revert removes it). */
  changeId: string;
  /** Two sources (the first at its current version), and an excerpt of the first; an open discrepancy between them. */
  sourceId: string;
  sourceVersion: number;
  otherSourceId: string;
  excerpt: string;
  discrepancyId: string;
  /** A team view and a personal view of the analyst's, and an active share link the analyst made to the team view. */
  viewId: string;
  personalViewId: string;
  linkId: string;
  /** A session of the owner's, an emailed password reset link of the second viewer's, a sign-up's confirmation link. */
  ownerSessionId: string;
  resetToken: string;
  signUpToken: string;
  /** An active API token of the analyst's. */
  tokenId: string;
  /** A comment of the analyst's on the item, at its current version. */
  commentId: string;
  commentVersion: number;
  /** The analyst's watch of the item, and a notification of theirs. */
  watchId: string;
  notificationId: string;
  /** A webhook of the workspace's, at an address nothing answers. */
  webhookId: string;
};

export type ActionCase = {
  /** "file#export", as tests/authz/entry-points.ts discovers it. */
  action: string;
  /** Tells apart several cases of one action. */
  label?: string;
  access: Access;
  /** Outcomes that differ from what the access implies, each with its reason in a comment. */
  except?: Partial<Record<Caller, "ok" | DomainErrorKind>>;
  run: (f: ActionFixture, caller: Actor | null) => Promise<ActionResult<unknown>>;
};

const ITEMS = "app/w/[slug]/items/actions.ts";
const SOURCES = "app/w/[slug]/sources/actions.ts";
const VIEWS = "app/w/[slug]/views/actions.ts";
const MEMBERS = "app/w/[slug]/members/actions.ts";
const INVITE = "app/invite/[token]/actions.ts";
const ACCOUNT = "app/(signed-in)/account/actions.ts";
const ADMIN = "app/(signed-in)/admin/actions.ts";
const TOKENS = "app/w/[slug]/settings/tokens/actions.ts";
const COMMENTS = "app/w/[slug]/comments/actions.ts";
const WATCHES = "app/w/[slug]/watches/actions.ts";
const INBOX = "app/(signed-in)/inbox/actions.ts";
const WEBHOOKS = "app/w/[slug]/settings/webhooks/actions.ts";

/**
 * Every server action, with who may call it. tests/authz/entry-points.test.ts fails when one is missing. To add one:
 * a row here whose `run` calls the action for the fixture's workspace; a record it needs (an item, a view) goes in
 * ActionFixture and is made in `freshWorkspace` (server-actions.integration-test.ts).
 */
export const ACTION_MATRIX: ActionCase[] = [
  {
    action: `${WEBHOOKS}#createWebhookAction`,
    access: { policy: "webhooks.manage" },
    run: (f) => createWebhookAction(f.slug, { url: "https://93.184.215.14/hook", eventTypes: ["item.created"] }),
  },
  { action: `${WEBHOOKS}#updateWebhookAction`, access: { policy: "webhooks.manage" }, run: (f) => updateWebhookAction(f.slug, { webhookId: f.webhookId, enabled: false }) },
  { action: `${WEBHOOKS}#deleteWebhookAction`, access: { policy: "webhooks.manage" }, run: (f) => deleteWebhookAction(f.slug, { webhookId: f.webhookId }) },
  { action: `${WEBHOOKS}#sendTestWebhookAction`, access: { policy: "webhooks.manage" }, run: (f) => sendTestWebhookAction(f.slug, { webhookId: f.webhookId }) },
  { action: `${WATCHES}#watchAction`, access: { policy: "workspace.read" }, run: (f) => watchAction(f.slug, { target: "source", targetId: f.sourceId }) },
  {
    action: `${WATCHES}#unwatchAction`,
    access: { policy: "workspace.read" },
    // The analyst's watch: another member's id names none of theirs.
    except: { viewer: "not_found", owner: "not_found" },
    run: (f) => unwatchAction(f.slug, { watchId: f.watchId }),
  },
  {
    action: `${INBOX}#markNotificationAction`,
    access: { signedIn: true },
    // The analyst's notification: anyone else's id names none of theirs.
    except: { stranger: "not_found", viewer: "not_found", owner: "not_found" },
    run: (f) => markNotificationAction({ notificationId: f.notificationId, read: true }),
  },
  { action: `${INBOX}#markAllReadAction`, access: { signedIn: true }, run: () => markAllReadAction() },
  { action: `${INBOX}#updatePreferencesAction`, access: { signedIn: true }, run: () => updatePreferencesAction({ watch: { inbox: true, email: "digest" } }) },
  {
    action: `${COMMENTS}#addCommentAction`,
    access: { policy: "comment.write" },
    run: (f) => addCommentAction(f.slug, { target: "status_event", targetId: f.statusEventId, body: "The matrix comments" }),
  },
  {
    action: `${COMMENTS}#editCommentAction`,
    access: { policy: "comment.write" },
    // Only its author (the analyst) edits a comment, an owner included.
    except: { owner: "forbidden" },
    run: (f) => editCommentAction(f.slug, { commentId: f.commentId, expectedVersion: f.commentVersion, body: "Edited by the matrix" }),
  },
  {
    action: `${COMMENTS}#deleteCommentAction`,
    access: { policy: "comment.write" },
    run: (f) => deleteCommentAction(f.slug, { commentId: f.commentId, expectedVersion: f.commentVersion }),
  },
  {
    action: `${ITEMS}#createItemAction`,
    access: { policy: "item.write" },
    run: (f) => createItemAction(f.slug, { kind: "export_control", title: "Matrix item", implementingJurisdictions: ["JP"] }),
  },
  {
    action: `${ITEMS}#updateItemAction`,
    access: { policy: "item.write" },
    run: (f) => updateItemAction(f.slug, { itemId: f.itemId, expectedVersion: f.itemVersion, fields: { title: "Renamed by the matrix" } }),
  },
  {
    action: `${ITEMS}#recordStatusChangeAction`,
    access: { policy: "item.write" },
    run: (f) =>
      recordStatusChangeAction(f.slug, {
        itemId: f.itemId,
        expectedVersion: f.itemVersion,
        status: "eased",
        effectiveOn: "2020",
        reason: "Matrix",
        citations: [{ sourceId: f.sourceId, excerpt: f.excerpt }],
      }),
  },
  {
    action: `${ITEMS}#addCitationAction`,
    access: { policy: "item.write" },
    run: (f) => addCitationAction(f.slug, { itemId: f.itemId, expectedVersion: f.itemVersion, statusEventId: f.statusEventId, sourceId: f.sourceId, excerpt: f.excerpt }),
  },
  { action: `${ITEMS}#setArchivedAction`, access: { policy: "item.write" }, run: (f) => setArchivedAction(f.slug, { itemId: f.itemId, expectedVersion: f.itemVersion, archived: true }) },
  {
    action: `${ITEMS}#addRelationAction`,
    access: { policy: "item.write" },
    run: (f) => addRelationAction(f.slug, { itemId: f.itemId, expectedVersion: f.itemVersion, type: "supersedes", toItemId: f.otherItemId }),
  },
  {
    action: `${ITEMS}#removeRelationAction`,
    access: { policy: "item.write" },
    run: (f) => removeRelationAction(f.slug, { itemId: f.itemId, expectedVersion: f.itemVersion, relationId: f.relationId }),
  },
  { action: `${ITEMS}#revertChangeAction`, access: { policy: "item.write" }, run: (f) => revertChangeAction(f.slug, { changeId: f.changeId, expectedVersion: f.itemVersion }) },

  {
    action: `${SOURCES}#addSourceAction`,
    access: { policy: "source.write" },
    run: (f) => addSourceAction(f.slug, { title: "Matrix source", language: "en", body: `${f.unique}: Seoul restored Japan to its white list.` }),
  },
  {
    action: `${SOURCES}#flagDiscrepancyAction`,
    access: { policy: "source.write" },
    run: (f) => flagDiscrepancyAction(f.slug, { sourceAId: f.sourceId, sourceBId: f.otherSourceId, note: "The matrix says they disagree" }),
  },
  { action: `${SOURCES}#resolveDiscrepancyAction`, access: { policy: "source.write" }, run: (f) => resolveDiscrepancyAction(f.slug, f.discrepancyId) },
  {
    action: `${SOURCES}#updateSourceAction`,
    access: { policy: "source.write" },
    run: (f) => updateSourceAction(f.slug, { sourceId: f.sourceId, expectedVersion: f.sourceVersion, title: `Renamed ${f.unique}` }),
  },

  { action: `${VIEWS}#saveViewAction`, access: { policy: "view.write" }, run: (f) => saveViewAction(f.slug, { name: "Matrix view", query: "kind=export_control" }) },
  {
    action: `${VIEWS}#saveViewAction`,
    label: "for the team",
    access: { policy: "view.share" },
    run: (f) => saveViewAction(f.slug, { name: "Matrix view", visibility: "team", query: "kind=export_control" }),
  },
  {
    action: `${VIEWS}#renameViewAction`,
    label: "a team view",
    access: { policy: "view.write", owned: { by: "analyst" } },
    run: (f) => renameViewAction(f.slug, { viewId: f.viewId, name: "Renamed by the matrix" }),
  },
  {
    action: `${VIEWS}#renameViewAction`,
    label: "a personal view",
    access: { policy: "view.write", owned: { by: "analyst", personal: true } },
    run: (f) => renameViewAction(f.slug, { viewId: f.personalViewId, name: "Renamed by the matrix" }),
  },
  {
    action: `${VIEWS}#updateViewQueryAction`,
    label: "a team view",
    access: { policy: "view.write", owned: { by: "analyst" } },
    run: (f) => updateViewQueryAction(f.slug, { viewId: f.viewId, query: "kind=trade_dispute" }),
  },
  {
    action: `${VIEWS}#updateViewQueryAction`,
    label: "a personal view",
    access: { policy: "view.write", owned: { by: "analyst", personal: true } },
    run: (f) => updateViewQueryAction(f.slug, { viewId: f.personalViewId, query: "kind=trade_dispute" }),
  },
  { action: `${VIEWS}#duplicateViewAction`, label: "a team view", access: { policy: "view.write" }, run: (f) => duplicateViewAction(f.slug, { viewId: f.viewId }) },
  {
    action: `${VIEWS}#duplicateViewAction`,
    label: "a personal view",
    access: { policy: "view.write", owned: { by: "analyst", personal: true } },
    run: (f) => duplicateViewAction(f.slug, { viewId: f.personalViewId }),
  },
  {
    action: `${VIEWS}#duplicateViewAction`,
    label: "for the team",
    access: { policy: "view.share" },
    run: (f) => duplicateViewAction(f.slug, { viewId: f.viewId, visibility: "team" }),
  },
  { action: `${VIEWS}#deleteViewAction`, label: "a team view", access: { policy: "view.write", owned: { by: "analyst" } }, run: (f) => deleteViewAction(f.slug, { viewId: f.viewId }) },
  {
    action: `${VIEWS}#deleteViewAction`,
    label: "a personal view",
    access: { policy: "view.write", owned: { by: "analyst", personal: true } },
    run: (f) => deleteViewAction(f.slug, { viewId: f.personalViewId }),
  },
  { action: `${VIEWS}#createShareLinkAction`, label: "a team view", access: { policy: "view.share" }, run: (f) => createShareLinkAction(f.slug, { viewId: f.viewId }) },
  {
    action: `${VIEWS}#createShareLinkAction`,
    label: "a personal view",
    access: { policy: "view.share", owned: { by: "analyst", personal: true } },
    run: (f) => createShareLinkAction(f.slug, { viewId: f.personalViewId }),
  },
  {
    action: `${VIEWS}#revokeShareLinkAction`,
    // Revoking is for the link's creator, the view's owner (here both the analyst) and the workspace's owners.
    access: { policy: "workspace.read", owned: { by: "analyst" } },
    run: (f) => revokeShareLinkAction(f.slug, { viewId: f.viewId, linkId: f.linkId }),
  },

  { action: `${MEMBERS}#createInviteAction`, access: { policy: "members.manage" }, run: (f) => createInviteAction(f.slug, { role: "analyst" }) },
  { action: `${MEMBERS}#revokeInviteAction`, access: { policy: "members.manage" }, run: (f) => revokeInviteAction(f.slug, { inviteId: f.inviteId }) },
  { action: `${MEMBERS}#changeRoleAction`, access: { policy: "members.manage" }, run: (f) => changeRoleAction(f.slug, { userId: f.memberId, role: "analyst" }) },
  { action: `${MEMBERS}#removeMemberAction`, label: "another member", access: { policy: "members.manage" }, run: (f) => removeMemberAction(f.slug, { userId: f.memberId }) },
  {
    action: `${MEMBERS}#removeMemberAction`,
    label: "leaving",
    access: { policy: "members.leave" },
    // The fixture's owner is its only owner, who may not leave it ownerless.
    except: { owner: "invalid" },
    run: (f, caller) => removeMemberAction(f.slug, { userId: caller?.userId ?? f.memberId }),
  },
  { action: `${TOKENS}#createApiTokenAction`, access: { policy: "tokens.manage" }, run: (f) => createApiTokenAction(f.slug, { name: "Matrix token", scope: "read" }) },
  {
    action: `${TOKENS}#revokeApiTokenAction`,
    // A token's owner and the workspace's owners may revoke it.
    access: { policy: "tokens.manage", owned: { by: "analyst" } },
    run: (f) => revokeApiTokenAction(f.slug, { tokenId: f.tokenId }),
  },
  { action: "app/workspaces/actions.ts#createWorkspaceAction", access: { signedIn: true }, run: (f) => createWorkspaceAction({ name: "Matrix workspace", slug: f.unique }) },
  {
    action: `${INVITE}#acceptInviteAction`,
    access: { signedIn: true },
    // The link is the authority to join: anyone signed in may use it, except members, who belong already.
    except: { owner: "invalid", analyst: "invalid", viewer: "invalid" },
    run: (f) => acceptInviteAction({ token: f.inviteToken }),
  },
  {
    action: `${INVITE}#signUpWithInviteAction`,
    // Creating an account needs no session: the invite's token authorizes it.
    access: { public: true },
    run: (f) => signUpWithInviteAction({ token: f.inviteToken, name: "New teammate", email: `${f.unique}@example.test`, password: "a long enough password" }),
  },

  {
    action: "app/setup/actions.ts#createFirstOwnerAction",
    access: { public: true },
    // The first run is for an instance without accounts; this one has them, so it is refused to everyone (it succeeds
    // once on an empty database: lib/accounts/accounts.integration-test.ts and e2e/new-team.spec.ts).
    except: { anonymous: "conflict", stranger: "conflict", viewer: "conflict", analyst: "conflict", owner: "conflict" },
    run: (f) => createFirstOwnerAction({ name: "First", email: `${f.unique}@example.test`, password: "a long enough password", workspace: { name: "First", slug: f.unique } }),
  },
  // The matrix runs with open sign-up and a mail server (server-actions.integration-test.ts), so these are open to all.
  { action: "app/sign-up/actions.ts#requestSignUpAction", access: { public: true }, run: (f) => requestSignUpAction({ name: "Signer", email: `${f.unique}@example.test`, password: "a long enough password" }) },
  { action: "app/forgot-password/actions.ts#requestPasswordResetAction", access: { public: true }, run: (f) => requestPasswordResetAction({ email: `${f.unique}@example.test` }) },
  // The emailed link is the authority, whoever holds it.
  { action: "app/reset-password/[token]/actions.ts#resetPasswordAction", access: { public: true }, run: (f) => resetPasswordAction({ token: f.resetToken, password: "another long enough password" }) },
  { action: "app/unsubscribe/[token]/actions.ts#unsubscribeAction", access: { public: true }, run: (f) => unsubscribeAction(unsubscribeToken(f.memberId, "watch")) },
  { action: "app/verify-email/[token]/actions.ts#confirmEmailAction", access: { public: true }, run: (f) => confirmEmailAction({ token: f.signUpToken }) },

  { action: `${ACCOUNT}#updateProfileAction`, access: { signedIn: true }, run: (f, caller) => updateProfileAction({ name: caller?.name ?? "Nobody" }) },
  { action: `${ACCOUNT}#updateLocaleAction`, access: { signedIn: true }, run: () => updateLocaleAction({ locale: null }) },
  { action: `${ACCOUNT}#requestEmailChangeAction`, access: { signedIn: true }, run: (f) => requestEmailChangeAction({ email: `${f.unique}@example.test`, currentPassword: TEST_PASSWORD }) },
  // The same password again, so that the shared stranger keeps theirs for the cases after this one.
  { action: `${ACCOUNT}#changePasswordAction`, access: { signedIn: true }, run: () => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }) },
  {
    action: `${ACCOUNT}#endSessionAction`,
    access: { signedIn: true },
    // The owner's session: anyone else's id names none of theirs.
    except: { stranger: "not_found", viewer: "not_found", analyst: "not_found" },
    run: (f) => endSessionAction({ sessionId: f.ownerSessionId }),
  },
  { action: `${ACCOUNT}#signOutEverywhereAction`, access: { signedIn: true }, run: () => signOutEverywhereAction() },

  { action: `${ADMIN}#updateJoinPolicyAction`, access: { admin: true }, run: () => updateJoinPolicyAction({ joinPolicy: "open" }) },
  { action: `${ADMIN}#setUserActiveAction`, access: { admin: true }, run: (f) => setUserActiveAction({ userId: f.memberId, active: false }) },
  { action: `${ADMIN}#createResetLinkAction`, access: { admin: true }, run: (f) => createResetLinkAction({ userId: f.memberId }) },
];
