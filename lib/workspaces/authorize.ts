import type { Actor, Membership } from "@/lib/auth/actor";
import { assertTokenMay, can, type Action } from "@/lib/authz";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { forbidden, notFound, type DomainError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { SLUG_PATTERN } from "./create-workspace";

export type WorkspaceAccess = Membership;

/**
 * Records a signed-in person's refused attempt at something in a workspace (a security event its owners see) and
 * returns the error to throw.
 */
export async function refused(actor: Actor, workspaceId: string, action: string, error: DomainError): Promise<DomainError> {
  await recordSecurityEvent({ type: "authorization.refused", actorId: actor.userId, workspaceId, client: actor.client, details: { action, outcome: error.kind } });
  return error;
}

/** Checks the member's role against the policy (a refusal is recorded), and a token's scope against the action. */
export async function assertRole(actor: Actor, access: WorkspaceAccess, action: Action): Promise<void> {
  if (!can(access.role, action)) throw await refused(actor, access.workspaceId, action, forbidden());
  assertTokenMay(actor, action);
}

/**
 * Resolves the actor's membership of a workspace and checks the action against the policy (and, for a request made with
 * an API token, against the token's workspace and scope). A workspace the actor does not belong to is reported as not
 * found, so guessing slugs reveals nothing; the attempt is recorded for the owners of a workspace that exists.
 */
export async function authorize(actor: Actor, workspaceSlug: string, action: Action): Promise<WorkspaceAccess> {
  // A string that cannot be a slug names no workspace, and must not reach the query (PostgreSQL refuses NUL in text); a
  // server action's arguments are whatever the browser sent (the pattern would read undefined as "undefined").
  if (typeof workspaceSlug !== "string" || !SLUG_PATTERN.test(workspaceSlug)) throw notFound("Workspace");
  // A request's actor carries the memberships read with its session or token; one joined since is looked up.
  const access = actor.memberships?.get(workspaceSlug) ?? (await membershipOf(actor, workspaceSlug));
  // A token's workspace is the only one it reaches: any other is as unknown to it as to a stranger.
  if (!access || (actor.token && actor.token.workspaceId !== access.workspaceId)) {
    const [workspace] = await readRows<{ id: string }>(Prisma.sql`SELECT id FROM "Workspace" WHERE slug = ${workspaceSlug}`);
    if (workspace) throw await refused(actor, workspace.id, action, notFound("Workspace"));
    throw notFound("Workspace");
  }
  await assertRole(actor, access, action);
  return access;
}

async function membershipOf(actor: Actor, workspaceSlug: string): Promise<WorkspaceAccess | undefined> {
  const [access] = await readRows<WorkspaceAccess>(Prisma.sql`
    SELECT w.id AS "workspaceId", w.slug, w.name, m.role::text AS role
    FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId"
    WHERE m."userId" = ${actor.userId}::uuid AND w.slug = ${workspaceSlug}`);
  return access;
}

/**
 * After a change to the actor's own memberships (joining, leaving, a new role), the rest of the request (the page shown
 * after the action) reads memberships afresh.
 */
export function forgetMemberships(actor: Actor): void {
  delete actor.memberships;
}
