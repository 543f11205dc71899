import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { DomainError, invalid } from "@/lib/errors";
import { describeError } from "./error-response";

type Context<P> = { request: Request; params: P; actor: Actor };

/** Reads a JSON body, refusing anything that is not a JSON object with a clear 400. */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw invalid("Send a JSON body with Content-Type: application/json");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw invalid("The request body is not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalid("The request body must be a JSON object");
  return body as Record<string, unknown>;
}

/** A request from a page of another site carrying our cookie is refused (SameSite already stops most). */
function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== process.env.NEXTAUTH_URL?.replace(/\/$/, "")) {
    throw new DomainError("forbidden", "Cross-site requests are not allowed.");
  }
}

/**
 * The one wrapper for /api/v1 route handlers: resolves the signed-in actor, awaits the route params, runs the handler
 * (which calls one domain function) and maps every error to a JSON response in one place.
 */
export function apiRoute<P extends Record<string, string>>(handler: (context: Context<P>) => Promise<unknown>) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const actor = await requireActor();
      const result = await handler({ request, params: await segment.params, actor });
      if (result instanceof Response) return result;
      return Response.json(result ?? { ok: true }, { status: request.method === "POST" ? 201 : 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      const { status, body } = describeError(error);
      return Response.json(body, { status, headers: { "cache-control": "no-store" } });
    }
  };
}

/** JSON for values the domain returns: bigint ids become strings. */
export function toJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
}

export const ZUuidParam = z.uuid("Not a valid id");
