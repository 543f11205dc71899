import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db } from "@/lib/db";
import { EmailDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS, type Preference } from "./kinds";

export type Preferences = Record<NotificationKind, Preference>;

/** Each kind's choice of these people, their defaults where they made none. */
export async function preferencesOf(userIds: string[]): Promise<Map<string, Preferences>> {
  const rows = userIds.length ? await db.notificationPreference.findMany({ where: { userId: { in: userIds } }, select: { userId: true, kind: true, inbox: true, email: true } }) : [];
  const byUser = new Map<string, Preferences>();
  for (const userId of userIds) {
    byUser.set(userId, Object.fromEntries(NOTIFICATION_KIND_NAMES.map((kind) => [kind, NOTIFICATION_KINDS[kind].default])) as Preferences);
  }
  for (const row of rows) {
    const preferences = byUser.get(row.userId);
    if (preferences) preferences[row.kind] = { inbox: row.inbox, email: row.email };
  }
  return byUser;
}

/** The caller's own choices (a person's, never a token's). */
export async function getNotificationPreferences(actor: Actor): Promise<{ preferences: Preferences }> {
  assertNotToken(actor);
  return { preferences: (await preferencesOf([actor.userId])).get(actor.userId) as Preferences };
}

const ZPreference = z.object({ inbox: z.boolean("Choose whether it goes to your inbox"), email: z.enum(EmailDelivery, "Choose how it is emailed") });

export const ZUpdatePreferences = z.object(
  Object.fromEntries(NOTIFICATION_KIND_NAMES.map((kind) => [kind, ZPreference.optional()])) as Record<NotificationKind, z.ZodOptional<typeof ZPreference>>,
);
export type UpdatePreferencesInput = z.input<typeof ZUpdatePreferences>;

/** Sets the caller's choice for the kinds given; the others keep theirs. */
export async function updateNotificationPreferences(actor: Actor, input: UpdatePreferencesInput): Promise<{ preferences: Preferences }> {
  assertNotToken(actor);
  const data = ZUpdatePreferences.parse(input);
  await db.$transaction(
    NOTIFICATION_KIND_NAMES.flatMap((kind) => {
      const choice = data[kind];
      if (!choice) return [];
      return [
        db.notificationPreference.upsert({
          where: { userId_kind: { userId: actor.userId, kind } },
          create: { userId: actor.userId, kind, ...choice },
          update: { ...choice, updatedAt: new Date() },
          select: { kind: true },
        }),
      ];
    }),
  );
  return getNotificationPreferences(actor);
}

/** Turns off one kind's email for a person (the one-click unsubscribe link); their inbox choice stays. */
export async function turnOffEmail(userId: string, kind: NotificationKind): Promise<void> {
  const inbox = (await preferencesOf([userId])).get(userId)?.[kind].inbox ?? true;
  await db.notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, inbox, email: "off" },
    update: { email: "off", updatedAt: new Date() },
    select: { kind: true },
  });
}
