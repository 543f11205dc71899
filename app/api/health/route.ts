import { RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { checkHealth } from "@/lib/db/check-health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and operators: 200 while the app can serve (with "degraded" and the dependency that is down when
 * the read replica or live updates are), 503 with Retry-After while the database cannot be reached.
 */
export async function GET() {
  const health = await checkHealth();
  const unavailable = health.status === "unavailable";
  return Response.json(health, {
    status: unavailable ? 503 : 200,
    headers: { "cache-control": "no-store", ...(unavailable ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {}) },
  });
}
