/** Liveness: the process answers (no database involved; /api/health checks that). */
export function GET() {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}
