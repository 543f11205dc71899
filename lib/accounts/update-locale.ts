import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";

/** A language of the interface, or null for the browser's own preference (Accept-Language). */
export const ZUpdateLocale = z.object({ locale: z.enum(LOCALES).nullable() });

export type UpdateLocaleInput = z.input<typeof ZUpdateLocale>;

/** Sets the language the signed-in person's pages are shown in; null follows their browser again. */
export async function updateLocale(actor: Actor, input: UpdateLocaleInput) {
  assertNotToken(actor);
  const { locale } = ZUpdateLocale.parse(input);
  return db.user.update({ where: { id: actor.userId }, data: { locale }, select: { locale: true } });
}
