export const invitePath = (token: string) => `/invite/${token}`;

export type InviteState = "valid" | "used" | "revoked" | "expired";

export function inviteState(invite: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InviteState {
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt <= now) return "expired";
  return "valid";
}

/** Why a link no longer works, in the words the invite page and the API both use. */
export const INVITE_PROBLEMS: Record<Exclude<InviteState, "valid">, string> = {
  used: "This invite link has already been used. Each link works once: ask the workspace owner for a new one.",
  revoked: "This invite link was withdrawn by the workspace owner. Ask them for a new one if you still need access.",
  expired: "This invite link has expired. Ask the workspace owner for a new one.",
};

export const UNKNOWN_INVITE = "This invite link is not valid. Check that you copied all of it, or ask the workspace owner for a new one.";
