import { databaseIsReachable } from "@/lib/db/check-health";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the app can reach its database, 503 when it cannot. */
export async function GET() {
  const ok = await databaseIsReachable();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "reachable" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
