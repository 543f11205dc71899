import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor, sessionRecheck } from "@/lib/auth/current-actor";
import { actorForToken } from "@/lib/auth/token-actor";
import { wroteCookieHeader } from "@/lib/db/read-routing";
import { serverEnv } from "@/lib/env";
import { DomainError, invalid, isDomainError, notFound } from "@/lib/errors";
import { queryFromSearchParams } from "@/lib/views/tracker-query";
import { describeError } from "./error-response";
import { apiRateRules, takeRequest } from "./rate-limit";
import { assertDeclaredSize, JSON_BODY_LIMIT, readBody } from "./request-body";
import { assertStorableInput } from "./storable-input";

type Context<P> = { request: Request; params: P; actor: Actor };

/** Reads a JSON body, refusing anything that is not a JSON object with a clear 400. */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw invalid("Send a JSON body with Content-Type: application/json");
  const bytes = await readBody(request, JSON_BODY_LIMIT);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
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
 * The caller: an API token's owner when the request carries `Authorization` (no cookie rules apply: a page of another
 * site cannot send that header), otherwise the session cookie's, from this site only; the request counted against
 * their rate limits (docs/decisions/021).
 */
async function requestActor(request: Request): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const actor = await actorForToken(authorization);
    await takeRequest(apiRateRules(actor));
    return actor;
  }
  assertSameOrigin(request);
  // The session's lookup counts the request against the person's limit in the same statement: one round trip less.
  return requireActor({ perMinute: serverEnv().RATE_LIMIT_PER_MINUTE });
}

/**
 * For a response that outlives its request (live updates): a check to run later that the caller's credential still
 * stands (the token not revoked or expired, the session not signed out), giving the caller as they are then.
 */
export async function credentialRecheck(request: Request): Promise<() => Promise<Actor | null>> {
  const authorization = request.headers.get("authorization");
  if (authorization === null) return sessionRecheck();
  return () =>
    actorForToken(authorization).catch((error: unknown) => {
      if (isDomainError(error)) return null;
      throw error;
    });
}

/**
 * The one wrapper for /api/v1 route handlers: refuses a body over the route's limit before reading it, resolves the
 * actor and counts the request against their rate limits, awaits the route params, runs the handler (which calls one
 * domain function), serialises its result and maps every error to a JSON response in one place.
 */
export function apiRoute<P extends Record<string, string>>(handler: (context: Context<P>) => Promise<unknown>, options: { bodyLimit?: number } = {}) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      assertDeclaredSize(request, options.bodyLimit ?? JSON_BODY_LIMIT);
      const actor = await requestActor(request);
      const result = await handler({ request, params: await segment.params, actor });
      const response =
        result instanceof Response
          ? result
          : new Response(result instanceof JsonText ? result.bytes : jsonText(result ?? { ok: true }), {
              status: request.method === "POST" ? 201 : 200,
              headers: { "content-type": "application/json", "cache-control": "no-store" },
            });
      // A write sends its author's next reads to the primary for a while (docs/decisions/017).
      const wrote = request.method !== "GET" && request.method !== "HEAD" && response.ok ? wroteCookieHeader() : null;
      if (wrote) response.headers.append("set-cookie", wrote);
      return response;
    } catch (error) {
      const { status, body, headers } = describeError(error);
      return Response.json(body, { status, headers: { ...headers, "cache-control": "no-store" } });
    }
  };
}

/**
 * An answer, or part of one, that is JSON text already, as UTF-8 bytes (written by PostgreSQL, docs/decisions/030):
 * sent as it is, where parsing it into objects only to serialise them again cost most of a list request's CPU.
 */
export class JsonText {
  /** The text in pieces, joined once as the answer is sent: a list inside an object is not copied twice. */
  constructor(readonly parts: Buffer[]) {}

  get bytes(): Buffer<ArrayBuffer> {
    return Buffer.concat(this.parts);
  }
}

/** A JSON array of values that are each JSON text already (rows PostgreSQL wrote). */
export function jsonArray(items: Buffer[]): JsonText {
  const parts: Buffer[] = [OPEN_ARRAY];
  items.forEach((item, index) => (index === 0 ? parts.push(item) : parts.push(COMMA, item)));
  parts.push(CLOSE_ARRAY);
  return new JsonText(parts);
}

const [OPEN_ARRAY, COMMA, CLOSE_ARRAY] = ["[", ",", "]"].map((text) => Buffer.from(text)) as [Buffer, Buffer, Buffer];

/**
 * A JSON object's text from its fields, each a value to serialise or JSON text; undefined fields are left out, as
 * JSON.stringify leaves them.
 */
export function jsonObject(fields: Record<string, unknown>): JsonText {
  const parts: Buffer[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const member = `${parts.length === 0 ? "{" : ","}${JSON.stringify(key)}:`;
    if (value instanceof JsonText) {
      parts.push(Buffer.from(member));
      for (const part of value.parts) parts.push(part);
    } else parts.push(Buffer.from(member + jsonText(value)));
  }
  parts.push(Buffer.from(parts.length === 0 ? "{}" : "}"));
  return new JsonText(parts);
}

/**
 * JSON text of what a domain function returns, serialised once: bigint ids (a write's change record) become strings.
 * The replacer that does it is a call per value, so it runs only for an answer that holds a bigint (JSON.stringify
 * refuses one with a TypeError): lists, which hold none, are serialised without it.
 */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  }
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
