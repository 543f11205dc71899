import type { JoinPolicy } from "@/lib/generated/prisma/enums";

/** The join policies as administrators read them (its own module: the settings form runs in the browser). */
export const JOIN_POLICIES: Record<JoinPolicy, { label: string; description: string }> = {
  invite_only: { label: "Invite only", description: "People join when a workspace owner invites them." },
  open: { label: "Open sign-up", description: "Anyone who confirms an email address can make an account, then start a workspace or be invited." },
  domains: { label: "Listed email domains", description: "Anyone with a confirmed address at one of the listed domains can make an account." },
};
