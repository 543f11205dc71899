import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import { findToken, TOKEN_PROBLEMS, tokenState } from "./auth-tokens";

export type LinkDescription = { usable: true; purpose: AuthTokenPurpose; email: string; expiresAt: Date } | { usable: false; problem: string };

/**
 * What an emailed link's page shows to whoever holds it: what it is for, the address it was sent to and until when it
 * works, or why it no longer does. The token is the credential.
 */
export async function describeLink(token: string, purposes: AuthTokenPurpose[]): Promise<LinkDescription> {
  const row = await findToken(token, purposes);
  if (!row) return { usable: false, problem: TOKEN_PROBLEMS.unknown };
  const state = tokenState(row);
  if (state !== "valid") return { usable: false, problem: TOKEN_PROBLEMS[state] };
  return { usable: true, purpose: row.purpose, email: row.email, expiresAt: row.expiresAt };
}
