import { acceptInviteAction, signUpWithInviteAction } from "@/app/invite/[token]/actions";
import { changeRoleAction, createInviteAction, removeMemberAction, revokeInviteAction } from "@/app/w/[slug]/members/actions";
import { addSourceAction } from "@/app/w/[slug]/sources/actions";
import { createWorkspaceAction } from "@/app/workspaces/actions";
import type { Actor } from "@/lib/auth/actor";
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

const MEMBERS = "app/w/[slug]/members/actions.ts";
const INVITE = "app/invite/[token]/actions.ts";

/**
 * Every server action, with who may call it. tests/authz/entry-points.test.ts fails when one is missing. To add one:
 * a row here whose `run` calls the action for the fixture's workspace; a record it needs (an item, a view) goes in
 * ActionFixture and is made in `freshWorkspace` (server-actions.integration-test.ts).
 */
export const ACTION_MATRIX: ActionCase[] = [
  {
    action: "app/w/[slug]/sources/actions.ts#addSourceAction",
    access: { policy: "source.write" },
    run: (f) => addSourceAction(f.slug, { title: "Matrix source", language: "en", body: `${f.unique}: Seoul restored Japan to its white list.` }),
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
];
