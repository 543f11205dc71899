import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { wroteCookieHeader } from "@/lib/db/read-routing";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { queryFromSearchParams } from "@/lib/views/tracker-query";
import { describeError } from "./error-response";
import { assertStorableInput } from "./storable-input";

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
  const fields = body as Record<string, unknown>;
  assertStorableInput(fields);
  return fields;
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
 * (which calls one domain function), serialises its result and maps every error to a JSON response in one place.
 */
export function apiRoute<P extends Record<string, string>>(handler: (context: Context<P>) => Promise<unknown>) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const actor = await requireActor();
      const result = await handler({ request, params: await segment.params, actor });
      const response =
        result instanceof Response
          ? result
          : new Response(jsonText(result ?? { ok: true }), {
              status: request.method === "POST" ? 201 : 200,
              headers: { "content-type": "application/json", "cache-control": "no-store" },
            });
      // A write sends its author's next reads to the primary for a while (docs/decisions/017).
      const wrote = request.method !== "GET" && request.method !== "HEAD" && response.ok ? wroteCookieHeader() : null;
      if (wrote) response.headers.append("set-cookie", wrote);
      return response;
    } catch (error) {
      const { status, body, headers } = describeError(error);
      return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
    }
  };
}

/** JSON text of what a domain function returns, serialised once: bigint ids (change records) become strings. */
function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

export const ZUuidParam = z.uuid("Not a valid id");

/**
 * A path segment that does not fit its schema names nothing, so it is "not found" (as an unknown id is) rather than
 * invalid input, and it never reaches the database.
 */
export function pathId(value: string, what: string, schema: z.ZodType = ZUuidParam): string {
  if (!schema.safeParse(value).success) throw notFound(what);
  return value;
}

/**
 * The JSON body with values from the path laid over it, so the path wins over a body field of the same name. The
 * domain function parses the whole with its zod schema; the type only names the shape it expects.
 */
export async function bodyInput<T>(request: Request, fromPath: Record<string, unknown> = {}): Promise<T> {
  return { ...(await jsonBody(request)), ...fromPath } as T;
}

/** The query string as plain values (a repeated key becomes a list), with values from the path laid over it. */
export function searchInput<T>(request: Request, fromPath: Record<string, unknown> = {}): T {
  const query = queryFromSearchParams(new URL(request.url).searchParams);
  assertStorableInput(query);
  return { ...query, ...fromPath } as T;
}
