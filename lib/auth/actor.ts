import type { Locale, Role, TokenScope } from "@/lib/generated/prisma/enums";

/** Where a request came from: the client address (docs/decisions/014) and its User-Agent header. */
export type Client = { address: string; userAgent: string };

/**
 * What an API token grants beside its owner's role: one workspace, and reads only or reads and writes
 * (docs/decisions/021). Present when the request came with a token rather than a session cookie.
 */
export type TokenGrant = { id: string; workspaceId: string; scope: TokenScope };

/** A person's membership of a workspace, as authorization uses it. */
export type Membership = { workspaceId: string; slug: string; name: string; role: Role };

/**
 * The signed-in person a domain function acts for. Only lib/auth creates one, from a verified session or API token,
 * with the session and the request's client (for security events); actors made outside a request (scripts, tests)
 * have neither.
 */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  sessionId?: string;
  client?: Client;
  token?: TokenGrant;
  /**
   * The person's memberships by workspace slug, read in the same statement as their session or token, so that
   * authorizing a request takes no second lookup. Absent for actors made outside a request; a request's actor only.
   */
  memberships?: Map<string, Membership>;
};

/** The person behind a browser session: an actor, and what their pages need of their account. */
export type SessionActor = Actor & { isAdmin: boolean; locale: Locale | null };
