import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import proxyAddr from "proxy-addr";
import { RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { requestStore, type RequestContext } from "./request-context";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Routes answered often and by machines (load balancers' health checks, static files): logged at debug level only. */
const QUIET_ROUTES = new Set(["/api/health", "/api/live", "/_next", "/favicon.ico"]);
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * Wraps the app's request handler (scripts/server.ts): each request gets an id (a trusted proxy's X-Request-Id, else a
 * new one), answered in X-Request-Id; runs with a request context the app completes (who the actor is, whether the
 * database failed it); and when it ends, one JSON log line (id, method, route, status, duration, actor) and an
 * observation of the request-duration histogram by route. A 5xx answer for a request that failed because the database
 * could not be reached becomes 503 with Retry-After (pages, whose error is rendered by the framework, included).
 */
export function serveRequests(handle: Handler, options: { trustProxy: string[]; routeOf: (pathname: string) => string }): Handler {
  const trust = proxyAddr.compile(options.trustProxy);
  const { requestDuration } = metrics();
  return (request, response) => {
    const started = process.hrtime.bigint();
    const forwarded = request.headers["x-request-id"];
    const fromProxy = typeof forwarded === "string" && REQUEST_ID.test(forwarded) && trust(request.socket.remoteAddress ?? "", 0);
    const context: RequestContext = { id: fromProxy ? forwarded : randomUUID() };
    response.setHeader("x-request-id", context.id);

    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((statusCode: number, ...rest: unknown[]) => {
      if (statusCode >= 500 && statusCode !== 503 && context.databaseUnavailable) {
        response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
        return writeHead(503, ...rest);
      }
      return writeHead(statusCode, ...rest);
    }) as typeof response.writeHead;

    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = options.routeOf(new URL(request.url ?? "/", "http://x").pathname);
      const status = response.headersSent ? response.statusCode : 499;
      requestDuration.observe({ method: request.method ?? "GET", route, status: String(status) }, seconds);
      const line = { reqId: context.id, method: request.method, route, status, durationMs: Math.round(seconds * 1000), actorId: context.actorId };
      const log = logger();
      if (QUIET_ROUTES.has(route)) log.debug(line, "request");
      else if (status >= 500) log.warn(line, "request");
      else log.info(line, "request");
    });
    requestStore().run(context, () => void handle(request, response));
  };
}
