import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createInvite } from "@/lib/workspaces/create-invite";
import { createTeam, createUser, unique } from "@/tests/factories";
import { CALLERS, expectedOutcome, type Caller, type Outcome } from "./access";
import { ACTION_MATRIX, type ActionFixture } from "./action-matrix";

// Server actions read the caller from the request's session cookie. Here the session is whoever the test says, so each
// action runs exactly as it would for that caller; an absent session fails the way the real one does.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", async () => {
  const { DomainError } = await import("@/lib/errors");
  const requireActor = async () => {
    if (!session.actor) throw new DomainError("unauthenticated", "Sign in to continue.");
    return session.actor;
  };
  return { currentActor: async () => session.actor, requireActor, requirePageActor: requireActor };
});
// Outside a request there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const RESULT_OF: Record<Outcome, string> = { allowed: "ok", unauthenticated: "unauthenticated", not_found: "not_found", forbidden: "forbidden" };

let stranger: Actor;
beforeAll(async () => {
  stranger = (await createTeam()).owner;
});

async function freshWorkspace() {
  const team = await createTeam();
  const member = await createUser("Second viewer");
  await db.membership.create({ data: { workspaceId: team.workspace.id, userId: member.userId, role: "viewer" } });
  const invite = await createInvite(team.owner, team.slug, { role: "viewer" });
  const fixture: ActionFixture = {
    slug: team.slug,
    memberId: member.userId,
    inviteId: invite.id,
    inviteToken: invite.path.replace("/invite/", ""),
    unique: unique("matrix"),
  };
  const callers: Record<Caller, Actor | null> = { anonymous: null, stranger, viewer: team.viewer, analyst: team.analyst, owner: team.owner };
  return { fixture, callers };
}

describe("every server action treats each kind of caller as the policy says", () => {
  for (const c of ACTION_MATRIX) {
    it(`${c.action}${c.label ? ` (${c.label})` : ""}`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of CALLERS) {
        const { fixture, callers } = await freshWorkspace();
        session.actor = callers[caller];
        const result = await c.run(fixture, session.actor);
        outcomes[caller] = result.ok ? "ok" : result.error.code;
        expected[caller] = c.except?.[caller] ?? RESULT_OF[expectedOutcome(c.access, caller)];
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
