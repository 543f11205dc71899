import client from "prom-client";

/**
 * The process's Prometheus metrics (GET /api/metrics, with METRICS_TOKEN). Each instance has its own: scrape every
 * instance, not the load balancer. Values that live elsewhere (pools, live listeners) are read when scraped, through
 * the gauges' collect callbacks that app/api/metrics registers (lib/observability/app-gauges.ts).
 */
type Metrics = { registry: client.Registry; requestDuration: client.Histogram<"method" | "route" | "status"> };

const globalForMetrics = globalThis as unknown as { ptMetrics?: Metrics };

export function metrics(): Metrics {
  if (!globalForMetrics.ptMetrics) {
    const registry = new client.Registry();
    client.collectDefaultMetrics({ register: registry });
    const requestDuration = new client.Histogram({
      name: "http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its answer, by route (as the build names it) and status.",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    });
    globalForMetrics.ptMetrics = { registry, requestDuration };
  }
  return globalForMetrics.ptMetrics;
}
