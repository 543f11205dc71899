import { z } from "zod";
import { assertNotToken } from "@/lib/authz";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ZPersonName } from "./account-input";

export const ZUpdateProfile = z.object({ name: ZPersonName });

export type UpdateProfileInput = z.input<typeof ZUpdateProfile>;

/** Renames the signed-in person; their changes show the new name, since history names people by their account. */
export async function updateProfile(actor: Actor, input: UpdateProfileInput) {
  assertNotToken(actor);
  const { name } = ZUpdateProfile.parse(input);
  return db.user.update({ where: { id: actor.userId }, data: { name }, select: { name: true } });
}
