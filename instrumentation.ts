// Next.js calls register() once when a server starts: the place for work that runs beside requests, and for
// OpenTelemetry (traces go to OTEL_EXPORTER_OTLP_ENDPOINT when it is set; Next.js then makes a span per request,
// route and render on its own).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { serverEnv } = await import("./lib/env");
  const env = serverEnv();
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { startTracing } = await import("./lib/observability/tracing");
    startTracing(env.OTEL_SERVICE_NAME);
  }
  const { startBackgroundJobs } = await import("./lib/jobs/background-jobs");
  startBackgroundJobs();
}

/** Errors of pages, route handlers and server actions that nothing caught: one log line each, with the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("./lib/db/availability");
  const { logger } = await import("./lib/observability/logger");
  const digest = (error as { digest?: unknown }).digest;
  const fields = { err: error, digest, method: request.method, route: context.routePath, kind: context.routeType };
  if (isDatabaseUnavailable(error)) logger().warn(fields, "request failed: database unavailable");
  else logger().error(fields, "request failed");
};
