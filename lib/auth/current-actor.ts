import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { serverEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { requestClient } from "@/lib/http/request-client";
import { currentRequest } from "@/lib/observability/request-context";
import type { Actor, SessionActor } from "./actor";
import { decodeSessionToken } from "./session-token";
import { actorForSession } from "./sessions";

// next-auth's cookie names: the __Secure- prefix when the site is served over https.
const sessionCookieName = () =>
  process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";

/**
 * The signed-in actor for this request, checked against the database (a revoked session counts as signed out), with
 * the request's client for security events. The session cookie is decrypted directly rather than through
 * getServerSession, which runs next-auth's whole session endpoint and encrypts a renewed token that a server component
 * cannot set anyway.
 */
export const currentActor = cache(async (): Promise<SessionActor | null> => actorOfRequest());

/** The same, with the request counted against the person's rate limit in the lookup's statement (API requests). */
async function actorOfRequest(rate?: { perMinute: number }): Promise<SessionActor | null> {
  const session = await sessionClaims();
  const actor = session ? await actorForSession(session.sid, session.sv, rate) : null;
  if (!actor) return null;
  // For the request's log line (scripts/server.ts): who made it, by id.
  const request = currentRequest();
  if (request) request.actorId = actor.userId;
  return { ...actor, client: await requestClient() };
}

/** The session the request's cookie names, if its token is genuine and unexpired (not yet checked against the database). */
const sessionClaims = cache(async (): Promise<{ sid: string; sv: number } | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const claims = await decodeSessionToken(token, serverEnv().NEXTAUTH_SECRET);
  return typeof claims?.sid === "string" && typeof claims.sv === "number" ? { sid: claims.sid, sv: claims.sv } : null;
});

/**
 * For a response that outlives its request (live updates): a check to run later that the request's session still
 * stands (not signed out, not ended everywhere), giving the person as they are then (their memberships read afresh).
 */
export async function sessionRecheck(): Promise<() => Promise<Actor | null>> {
  const session = await sessionClaims();
  return async () => (session ? actorForSession(session.sid, session.sv) : null);
}

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requirePageActor(returnTo: string): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * For route handlers and server actions: the actor, or an unauthenticated error. With `rate` (API requests), the request
 * is counted against the person's rate limit in the same statement, and refused with a 429 when it is spent.
 */
export async function requireActor(rate?: { perMinute: number }): Promise<Actor> {
  const actor = rate ? await actorOfRequest(rate) : await currentActor();
  if (!actor) throw new DomainError("unauthenticated", "Sign in to continue.");
  return actor;
}
