import { NextResponse, type NextRequest } from "next/server";

/**
 * Sets the pages' Content-Security-Policy with a fresh nonce (Next.js applies it to its own scripts). API routes are not
 * matched: they render no scripts, get a fixed policy from next.config.ts and skip this step's cost on every call.
 * Authorization is not decided here: every page and handler checks the session through lib/.
 */
export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !sameOriginAction(request)) {
    return new NextResponse("Cross-site requests are not allowed.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // For not-found pages, which receive no params (app/share/[token]/not-found.tsx names why a link does not open).
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Next.js's own check of a server action's origin, made first: Next.js refuses an action whose Origin names another host
 * than the request's (x-forwarded-host, else host) with a 500 and a stack trace in the log; this answers 403.
 */
function sameOriginAction(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
