import { readRows } from "@/lib/db/read-sql";
import { guardedWrite } from "@/lib/db/sql-pool";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TokenScope } from "@/lib/generated/prisma/enums";
import { hashApiToken, isApiTokenShaped, tokenState } from "@/lib/tokens/api-token";
import type { Actor, Membership } from "./actor";
import { membershipsBySlug } from "./memberships";

const refused = (message: string) => new DomainError("unauthenticated", message);

// Last use is shown to a minute; writing it on every request of a busy script would cost a write each time.
const LAST_USE_RESOLUTION_MS = 60_000;

type TokenRow = {
  id: string;
  workspaceId: string;
  scope: TokenScope;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  userId: string;
  email: string;
  name: string;
  membership: Membership | null;
  deactivated: boolean;
};

/**
 * The actor behind an `Authorization: Bearer pt_…` header: the token's owner, limited to the token's workspace and
 * scope (authorize checks both). A revoked or expired token, one whose owner has left the workspace, or one of a
 * deactivated account, is refused.
 */
export async function actorForToken(authorization: string): Promise<Actor> {
  const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
  if (!token) throw refused("Send the API token as `Authorization: Bearer <token>`.");
  if (!isApiTokenShaped(token)) throw refused("This API token is not valid.");
  const [row] = await readRows<TokenRow>(Prisma.sql`
    SELECT t.id, t."workspaceId", t.scope::text AS scope, t."expiresAt", t."revokedAt", t."lastUsedAt",
           u.id AS "userId", u.email, u.name, u."deactivatedAt" IS NOT NULL AS deactivated,
           (SELECT json_build_object('workspaceId', w.id, 'slug', w.slug, 'name', w.name, 'role', m.role)
            FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId"
            WHERE m."workspaceId" = t."workspaceId" AND m."userId" = t."userId") AS membership
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${hashApiToken(token)}`);
  if (!row) throw refused("This API token is not valid.");
  const state = tokenState(row);
  if (state === "revoked") throw refused("This API token was revoked.");
  if (state === "expired") throw refused("This API token has expired. Make a new one on the workspace's API tokens page.");
  if (!row.membership) throw refused("This API token's owner is no longer a member of its workspace.");
  // A deactivated account's tokens end with its sessions (docs/decisions/013).
  if (row.deactivated) throw refused("This API token's owner's account is deactivated.");
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USE_RESOLUTION_MS) {
    await guardedWrite((sql) => sql`UPDATE "ApiToken" SET "lastUsedAt" = now() WHERE id = ${row.id}::uuid`);
  }
  // The token reaches its own workspace only: that membership is the one authorization needs.
  const memberships = membershipsBySlug([row.membership]);
  return { userId: row.userId, email: row.email, name: row.name, token: { id: row.id, workspaceId: row.workspaceId, scope: row.scope }, memberships };
}
