import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** 32 random bytes in base64url: 43 characters. Anything else cannot be a token, so it is not looked up. */
export const ZInviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Only the SHA-256 of a token is stored: a copy of the database does not hold working links. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

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
