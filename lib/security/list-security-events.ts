import { z } from "zod";
import { assertNotToken } from "@/lib/authz";
import type { Actor } from "@/lib/auth/actor";
import { authorizeAdmin } from "@/lib/admin/authorize-admin";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZChangeId } from "@/lib/history/list-changes";
import { authorize } from "@/lib/workspaces/authorize";
import { browserName } from "./browser-name";
import { SECURITY_EVENT_LABELS, type SecurityEventType } from "./security-event-types";

/** Kinds of security event, for filters: an event's type starts with one of these. */
export const SECURITY_EVENT_KINDS = {
  sign_in: "Sign-ins, failures and lockouts",
  password: "Passwords",
  session: "Sessions",
  email: "Email addresses",
  account: "Accounts created",
  member: "Workspace roles",
  user: "Deactivations",
  instance: "Instance settings",
  authorization: "Refused authorizations",
} as const;

export const ZSecurityEventFilter = z.object({
  kind: z.enum(Object.keys(SECURITY_EVENT_KINDS) as [keyof typeof SECURITY_EVENT_KINDS]).optional(),
  /** The id of the last event of the previous page: older events come next. */
  before: ZChangeId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type SecurityEventFilter = z.input<typeof ZSecurityEventFilter>;

/** Whose events: the whole instance (administrators), a workspace (its owners), or the person's own account. */
export type SecurityEventScope = { instance: true } | { workspace: string } | { own: true };

type EventRow = {
  id: string;
  occurredAt: Date;
  type: SecurityEventType;
  actorId: string | null;
  actorName: string | null;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  workspaceId: string | null;
  workspaceName: string | null;
  email: string;
  address: string;
  userAgent: string;
  details: Prisma.JsonValue;
};

const { sql } = Prisma;

/**
 * Security events, newest first, paged by id: who did what to whose account, when (UTC) and from where. Administrators
 * read the instance's, owners their workspace's (role changes, removals, refused attempts in it), everyone their own.
 */
export async function listSecurityEvents(actor: Actor, scope: SecurityEventScope, filter: SecurityEventFilter = {}) {
  let where: Prisma.Sql;
  if ("instance" in scope) {
    await authorizeAdmin(actor, "security.read");
    where = sql`TRUE`;
  } else if ("workspace" in scope) {
    const access = await authorize(actor, scope.workspace, "security.read");
    where = sql`e."workspaceId" = ${access.workspaceId}::uuid`;
  } else {
    assertNotToken(actor);
    where = sql`e."userId" = ${actor.userId}::uuid`;
  }
  const { kind, before, limit } = ZSecurityEventFilter.parse(filter);
  const conditions = [where];
  if (kind) conditions.push(sql`starts_with(e.type, ${kind})`);
  if (before !== undefined) conditions.push(sql`e.id < ${before.toString()}::int8`);
  const rows = await readRows<EventRow>(sql`
    SELECT e.id::text AS id, e."occurredAt", e.type, e."actorId", a.name AS "actorName", e."userId", u.name AS "userName",
      u.email AS "userEmail", e."workspaceId", w.name AS "workspaceName", e.email, e.address, e."userAgent", e.details
    FROM "SecurityEvent" e
    LEFT JOIN "User" a ON a.id = e."actorId"
    LEFT JOIN "User" u ON u.id = e."userId"
    LEFT JOIN "Workspace" w ON w.id = e."workspaceId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY e.id DESC LIMIT ${limit + 1}`);
  const events = rows.slice(0, limit).map(({ userAgent, ...event }) => ({
    ...event,
    label: SECURITY_EVENT_LABELS[event.type] ?? event.type,
    browser: userAgent ? browserName(userAgent) : "",
  }));
  return { events, ...(rows.length > limit ? { nextBefore: events[events.length - 1]?.id } : {}) };
}
