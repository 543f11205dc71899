type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

export type RouteCall = {
  method?: string;
  /** Path and query after the host: "/api/v1/workspaces/demo/items?kind=export_control". */
  url: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
};

/**
 * Calls a route handler as Next.js would, with a real Request: for tests that authenticate with an API token, which
 * needs no cookie and so no request context.
 */
export async function callRoute<P extends Record<string, string>>(handler: Handler<P>, params: P, call: RouteCall) {
  const headers = new Headers(call.headers);
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  let body: BodyInit | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === "string" || call.body instanceof Uint8Array ? (call.body as BodyInit) : JSON.stringify(call.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`http://localhost${call.url}`, { method: call.method ?? (body ? "POST" : "GET"), headers, body });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON (a CSV download): the text is there.
  }
  return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> & { error?: { code: string; message: string } } };
}
