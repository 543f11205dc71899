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

export const JOIN_POLICIES: Record<JoinPolicy, { label: string; description: string }> = {
  invite_only: { label: "Invite only", description: "People join when a workspace owner invites them." },
  open: { label: "Open sign-up", description: "Anyone who confirms an email address can make an account, then start a workspace or be invited." },
  domains: { label: "Listed email domains", description: "Anyone with a confirmed address at one of the listed domains can make an account." },
};
