import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db } from "@/lib/db";
import { forgetMemberships } from "./authorize";
import { assertInviteFor, joinWithInvite, usableInvite } from "./join-with-invite";

export const ZAcceptInvite = z.object({ token: z.string().max(200).meta({ description: "The last segment of the invite link" }) });
export type AcceptInviteInput = z.input<typeof ZAcceptInvite>;

/** The signed-in actor joins the workspace the invite names, with its role. The link's token authorizes it. */
export async function acceptInvite(actor: Actor, input: AcceptInviteInput) {
  assertNotToken(actor);
  const invite = await usableInvite(ZAcceptInvite.parse(input).token);
  assertInviteFor(invite, actor.email);
  const joined = await db.$transaction((tx) => joinWithInvite(tx, invite, actor));
  forgetMemberships(actor);
  return joined;
}
