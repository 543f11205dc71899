import { db } from "@/lib/db";

/** True when the database answers within the timeout. */
export async function databaseIsReachable(timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const probe = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  return Promise.race([probe, timeout]);
}
