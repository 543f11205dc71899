import { cookies } from "next/headers";
import { serverEnv } from "@/lib/env";
import type { Target } from "./sql-pool";

/**
 * Read-your-writes with a replica (docs/decisions/017): a successful write sets this short-lived cookie (Max-Age
 * READ_YOUR_WRITES_SECONDS), and while the browser sends it back, that person's lists, search and exports read the
 * primary, so they see what they just did even when the replica lags. Its value means nothing: a forged one only sends
 * the reads to the primary.
 */
export const WROTE_COOKIE = "pt-wrote";

/** Where this request's list, search and export reads go. */
export async function listReadTarget(): Promise<Target> {
  if (!serverEnv().DATABASE_REPLICA_URL) return "primary";
  try {
    return (await cookies()).has(WROTE_COOKIE) ? "primary" : "replica";
  } catch {
    // Outside a request (a command, a background job): nobody to read their own writes.
    return "replica";
  }
}

function cookieOptions() {
  const env = serverEnv();
  return { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: env.READ_YOUR_WRITES_SECONDS, secure: env.NEXTAUTH_URL.startsWith("https://") };
}

/** The Set-Cookie value a route handler's write answers with, or null without a replica. */
export function wroteCookieHeader(): string | null {
  if (!serverEnv().DATABASE_REPLICA_URL) return null;
  const { maxAge, secure } = cookieOptions();
  return `${WROTE_COOKIE}=1; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** For server actions: sets the cookie on the action's response. */
export async function markWrote(): Promise<void> {
  if (!serverEnv().DATABASE_REPLICA_URL) return;
  (await cookies()).set(WROTE_COOKIE, "1", cookieOptions());
}
