import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import { findToken, tokenState } from "./auth-tokens";

/**
 * What an emailed link's page shows to whoever holds it: what it is for, the address it was sent to, and whether it
 * still works. The token is the credential; null when it names no link of the kinds.
 */
export async function describeLink(token: string, purposes: AuthTokenPurpose[]) {
  const row = await findToken(token, purposes);
  if (!row) return null;
  return { purpose: row.purpose, email: row.email, state: tokenState(row), expiresAt: row.expiresAt };
}
