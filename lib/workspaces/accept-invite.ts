import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db } from "@/lib/db";
import { assertInviteFor, joinWithInvite, usableInvite } from "./join-with-invite";

export type AcceptInviteInput = { token: string };

/** The signed-in actor joins the workspace the invite names, with its role. The link's token authorizes it. */
export async function acceptInvite(actor: Actor, input: AcceptInviteInput) {
  assertNotToken(actor);
  const invite = await usableInvite(input.token);
  assertInviteFor(invite, actor.email);
  return db.$transaction((tx) => joinWithInvite(tx, invite, actor));
}
