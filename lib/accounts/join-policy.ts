import { db } from "@/lib/db";
import type { JoinPolicy } from "@/lib/generated/prisma/enums";

export type InstanceSettings = { joinPolicy: JoinPolicy; allowedDomains: string[] };

/** Who may join, as the administrator set it (the migration creates the one row, invite-only). */
export async function instanceSettings(): Promise<InstanceSettings> {
  return db.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { joinPolicy: true, allowedDomains: true } });
}

/** Whether an address may make an account without an invite under the settings. */
export function maySignUp(settings: InstanceSettings, email: string): boolean {
  if (settings.joinPolicy === "open") return true;
  if (settings.joinPolicy === "invite_only") return false;
  const domain = email.slice(email.lastIndexOf("@") + 1);
  return settings.allowedDomains.includes(domain);
}
