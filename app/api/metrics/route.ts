import { createHash, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env";
import { registerAppGauges } from "@/lib/observability/app-gauges";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Prometheus metrics of this instance: request durations by route, pool use, database availability, live listeners,
 * Node's own. Only with `Authorization: Bearer <METRICS_TOKEN>`; without METRICS_TOKEN set, there is nothing here.
 */
export async function GET(request: Request) {
  const token = serverEnv().METRICS_TOKEN;
  if (!token) return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  if (!timingSafeEqual(digest(request.headers.get("authorization") ?? ""), digest(`Bearer ${token}`))) {
    return Response.json(
      { error: { code: "unauthenticated", message: "Send the metrics token: Authorization: Bearer <METRICS_TOKEN>." } },
      { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"', "cache-control": "no-store" } },
    );
  }
  registerAppGauges();
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
