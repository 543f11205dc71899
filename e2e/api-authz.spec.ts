import { expect, test, type APIRequestContext } from "@playwright/test";
import { CALLERS, expectedOutcome, type Caller } from "../tests/authz/access";
import { namesRecords, routeKey, routePath, ROUTE_MATRIX, type RouteCase, type RouteRecords } from "../tests/authz/route-matrix";
import { prepareRouteMatrix } from "./db-helpers";
import { ACCOUNTS, DEMO_PASSWORD, signInApiAs } from "./fixtures";

// Every route handler and method (tests/authz/route-matrix.ts, checked against the file system by
// tests/authz/entry-points.test.ts), called over HTTP by each kind of caller with the demo workspace's real ids.

const REFUSAL_STATUS = { unauthenticated: 401, not_found: 404, forbidden: 403 } as const;

let records: RouteRecords;
let strangersWorkspace: string;
const callers = new Map<Caller, APIRequestContext>();
let signInAgain: (caller: Caller) => Promise<void>;

test.beforeAll(async ({ playwright }, testInfo) => {
  const prepared = await prepareRouteMatrix();
  records = prepared.records;
  strangersWorkspace = prepared.stranger.slug;
  signInAgain = async (caller) => {
    const context = callers.get(caller) as APIRequestContext;
    if (caller === "stranger") await signInApiAs(context, prepared.stranger.email, prepared.stranger.password);
    else if (caller !== "anonymous") await signInApiAs(context, ACCOUNTS[caller].email, DEMO_PASSWORD);
  };
  for (const caller of CALLERS) {
    callers.set(caller, await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL }));
    await signInAgain(caller);
  }
});

test.afterAll(async () => {
  await Promise.all([...callers.values()].map((context) => context.dispose()));
});

async function send(caller: Caller, c: RouteCase, r: RouteRecords): Promise<{ status: () => number; text: () => Promise<string> }> {
  const context = callers.get(caller) as APIRequestContext;
  if (c.stream) return openStream(context, routePath(c, r));
  // Redirects are part of the answer under test, not something to follow.
  return context.fetch(routePath(c, r), { method: c.method, data: c.body?.(r), maxRedirects: 0 });
}

/** A stream that stays open is read until its status (and a first chunk, if it is one), with the caller's cookies. */
async function openStream(context: APIRequestContext, path: string) {
  const { cookies } = await context.storageState();
  const abort = new AbortController();
  const response = await fetch(new URL(path, test.info().project.use.baseURL), {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
    signal: abort.signal,
  });
  const first = response.ok ? await response.body?.getReader().read() : undefined;
  const text = first?.value ? new TextDecoder().decode(first.value) : await response.text();
  abort.abort();
  return { status: () => response.status, text: async () => text };
}

for (const c of ROUTE_MATRIX) {
  test(routeKey(c), async () => {
    const answered: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const caller of CALLERS) {
      const outcome = expectedOutcome(c.access, caller);
      answered[caller] = (await send(caller, c, records)).status();
      expected[caller] = c.except?.[caller] ?? (outcome === "allowed" ? c.allowed : REFUSAL_STATUS[outcome]);
      if (c.endsSession && outcome === "allowed") await signInAgain(caller);
    }
    expect(answered).toEqual(expected);

    if ("policy" in c.access && namesRecords(c)) {
      // The stranger again, now in their own workspace where they are the owner, with this workspace's ids: a record
      // of another workspace is not found, and a read that filters by it finds nothing.
      const response = await send("stranger", c, { ...records, slug: strangersWorkspace });
      const body = await response.text();
      const named = Object.values(records).filter((value) => routePath(c, records).includes(value) && value !== records.slug);
      const emptyRead = c.method === "GET" && response.status() === 200 && !named.some((id) => body.includes(id));
      expect(response.status() === 404 || emptyRead, `${response.status()} ${body.slice(0, 300)}`).toBe(true);
    }
  });
}
