/** Where a request came from: the client address (docs/decisions/014) and its User-Agent header. */
export type Client = { address: string; userAgent: string };

/**
 * The signed-in person a domain function acts for. Only lib/auth creates one, from a verified session, with the session
 * and the request's client (for security events); actors made outside a request (scripts, tests) have neither.
 */
export type Actor = { userId: string; email: string; name: string; sessionId?: string; client?: Client };
