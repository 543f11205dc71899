import { db, type Tx } from "@/lib/db";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import { DomainError, invalid } from "@/lib/errors";
import { hashLinkToken, newLinkToken, ZLinkToken } from "@/lib/security/link-token";

const MINUTE_MS = 60_000;

/** How long each kind of emailed link works. A reset link is short-lived: it is as good as the password. */
export const TOKEN_LIFETIME_MINUTES: Record<AuthTokenPurpose, number> = {
  password_reset: 60,
  sign_up: 24 * 60,
  email_change: 24 * 60,
};

/** Where each kind of link leads: the token is the last path segment. */
export const TOKEN_PATHS: Record<AuthTokenPurpose, (token: string) => string> = {
  password_reset: (token) => `/reset-password/${token}`,
  sign_up: (token) => `/verify-email/${token}`,
  email_change: (token) => `/verify-email/${token}`,
};

export type TokenState = "valid" | "used" | "expired";

export const TOKEN_PROBLEMS: Record<Exclude<TokenState, "valid"> | "unknown", string> = {
  used: "This link has already been used. Each link works once.",
  expired: "This link has expired.",
  unknown: "This link is not valid. Check that you copied all of it.",
};

type Issue = { purpose: AuthTokenPurpose; email: string; userId?: string; name?: string; passwordHash?: string; createdById?: string };

/** A new single-use link token of the given purpose; the database keeps only its hash. */
export async function issueToken(tx: Tx, issue: Issue): Promise<{ token: string; path: string; expiresAt: Date }> {
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MINUTES[issue.purpose] * MINUTE_MS);
  await tx.authToken.create({ data: { ...issue, tokenHash, expiresAt } });
  return { token, path: TOKEN_PATHS[issue.purpose](token), expiresAt };
}

const TOKEN_FIELDS = { id: true, purpose: true, userId: true, email: true, name: true, passwordHash: true, expiresAt: true, usedAt: true } as const;

/** The token a link names, whatever its state, if it is of one of the purposes; null otherwise. */
export async function findToken(token: unknown, purposes: AuthTokenPurpose[]) {
  const parsed = ZLinkToken.safeParse(token);
  if (!parsed.success) return null;
  const row = await db.authToken.findUnique({ where: { tokenHash: hashLinkToken(parsed.data) }, select: TOKEN_FIELDS });
  return row && purposes.includes(row.purpose) ? row : null;
}

export function tokenState(row: { usedAt: Date | null; expiresAt: Date }, now = new Date()): TokenState {
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "valid";
}

/**
 * Uses a link's token up, in the caller's transaction: a guarded update (only while unused and unexpired), so of two
 * uses at the same moment exactly one succeeds. Refuses an unknown, used or expired link with the reason.
 */
export async function redeemToken(tx: Tx, token: unknown, purposes: AuthTokenPurpose[]) {
  const row = await findToken(token, purposes);
  if (!row) throw new DomainError("not_found", TOKEN_PROBLEMS.unknown);
  const now = new Date();
  const used = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now, passwordHash: null } });
  if (used.count === 0) {
    const state = tokenState(row, now);
    throw invalid(TOKEN_PROBLEMS[state === "valid" ? "used" : state]);
  }
  return row;
}

/** Ends every other unused link of the kind for the account or address (a reset makes older reset links useless). */
export async function voidTokens(tx: Tx, where: { purpose: AuthTokenPurpose; userId?: string; email?: string }): Promise<void> {
  await tx.authToken.updateMany({ where: { ...where, usedAt: null }, data: { usedAt: new Date(), passwordHash: null } });
}
