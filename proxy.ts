import { NextResponse, type NextRequest } from "next/server";

/**
 * Sets the pages' Content-Security-Policy with a fresh nonce (Next.js applies it to its own scripts). API routes are not
 * matched: they render no scripts, get a fixed policy from next.config.ts and skip this step's cost on every call.
 * Authorization is not decided here: every page and handler checks the session through lib/. What it refuses is a
 * server action Next.js would answer with a 500 (refusedAction).
 */
export async function proxy(request: NextRequest) {
  // A POST to a page is a server action (with or without JavaScript: a form post names the action in its fields).
  if (request.method === "POST") {
    const refusal = await refusedAction(request);
    if (refusal) return refusal;
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

const refuse = (status: number, message: string) => new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * What Next.js would refuse in a server action's request with a 500 and a stack trace in the log, answered 403 or 400
 * first: an Origin naming another host than the request's (x-forwarded-host, else host: Next.js's own check), and, for
 * an action called from the page's script, arguments that are not a JSON list (how the browser sends them without
 * files; with files, and from a form without script, they come as form data).
 */
async function refusedAction(request: NextRequest): Promise<NextResponse | null> {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
    if (!URL.canParse(origin) || new URL(origin).host !== host) return refuse(403, "Cross-site requests are not allowed.");
  }
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (request.headers.has("next-action") && !type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) {
    let args: unknown;
    try {
      args = JSON.parse(await request.clone().text());
    } catch {
      return refuse(400, "The request body is not valid JSON.");
    }
    if (!Array.isArray(args)) return refuse(400, "The action's arguments must be a JSON list.");
  }
  return null;
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
