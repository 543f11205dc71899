import type { Actor } from "@/lib/auth/actor";
import type { Role, TokenScope } from "@/lib/generated/prisma/enums";
import { forbidden } from "@/lib/errors";

/** Everything a member can do in a workspace, and the roles allowed to do it. The one policy table. */
const POLICY = {
  "workspace.read": ["owner", "analyst", "viewer"],
  "item.write": ["owner", "analyst"],
  "source.write": ["owner", "analyst"],
  "view.write": ["owner", "analyst", "viewer"],
  "view.share": ["owner", "analyst"],
  "members.read": ["owner", "analyst", "viewer"],
  "members.manage": ["owner"],
  "members.leave": ["owner", "analyst", "viewer"],
  "security.read": ["owner"],
  "integrity.read": ["owner"],
  "tokens.manage": ["owner", "analyst", "viewer"],
  // Viewers read the discussion but do not take part (docs/decisions/024).
  "comment.write": ["owner", "analyst"],
  // Deleting someone else's comment.
  "comment.moderate": ["owner"],
  "webhooks.manage": ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

/**
 * What an API token may do, on top of its owner's role (never beyond it): a read token only reads; no token manages
 * tokens, so a leaked token cannot mint itself a successor.
 */
const TOKEN_SCOPES: Record<Action, readonly TokenScope[]> = {
  "workspace.read": ["read", "write"],
  "members.read": ["read", "write"],
  "integrity.read": ["read", "write"],
  "security.read": ["read", "write"],
  "item.write": ["write"],
  "source.write": ["write"],
  "view.write": ["write"],
  "view.share": ["write"],
  // An owner invite or a promotion would outlive the token's revocation: a stronger successor than a token.
  "members.manage": [],
  "members.leave": ["write"],
  "tokens.manage": [],
  "comment.write": ["write"],
  "comment.moderate": ["write"],
  // A leaked token must not be able to send the workspace's changes to an address of its choosing.
  "webhooks.manage": [],
};

export function can(role: Role, action: Action): boolean {
  return (POLICY[action] as readonly Role[]).includes(role);
}

/** The roles allowed an action, for checks the database repeats inside a write (pt_item_write). */
export function rolesAllowed(action: Action): readonly Role[] {
  return POLICY[action];
}

export function assertCan(role: Role, action: Action): void {
  if (!can(role, action)) throw forbidden();
}

/** Whether a token of this scope may be used for the action (its owner's role is checked as well). */
export function tokenMay(scope: TokenScope, action: Action): boolean {
  return TOKEN_SCOPES[action].includes(scope);
}

const TOKENLESS_MESSAGES: Partial<Record<Action, string>> = {
  "tokens.manage": "API tokens are managed while signed in, not with a token.",
  "webhooks.manage": "Webhooks are managed while signed in, not with a token.",
  "members.manage": "Members and invites are managed while signed in, not with a token.",
};

/** Refuses an action a request authenticated by an API token may not make, whatever its owner's role. */
export function assertTokenMay(actor: Actor, action: Action): void {
  if (!actor.token || tokenMay(actor.token.scope, action)) return;
  throw forbidden(TOKENLESS_MESSAGES[action] ?? "This API token is read-only.");
}

/** For actions outside any one workspace (creating a workspace, accepting an invite): a token is for its workspace only. */
export function assertNotToken(actor: Actor): void {
  if (actor.token) throw forbidden("An API token works in its own workspace only: sign in to do this.");
}
