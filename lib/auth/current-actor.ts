import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { DomainError } from "@/lib/errors";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { actorForSession } from "./sessions";

/** The signed-in actor for this request, checked against the database (a revoked session counts as signed out). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.sid || session.sv === undefined) return null;
  return actorForSession(session.sid, session.sv);
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For route handlers and server actions: the actor, or an unauthenticated error. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new DomainError("unauthenticated", "Sign in to continue.");
  return actor;
}
