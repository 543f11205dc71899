import autocannon from "autocannon";

/** An endpoint under load: a fixed path, or a request made afresh each time (a write), measured against a floor. */
export type Load = {
  name: string;
  /** The endpoint whose requests/s this one's are compared with. */
  floor?: string;
  path?: string;
  /** Sent to this address instead of the app processes' (a floor served apart from the app). */
  base?: string;
  request?: () => { method: "POST" | "PATCH"; path: string; body: string };
  /** Sent without the session cookie. */
  anonymous?: boolean;
  /** Sent with these headers instead of the session cookie's (another product's credentials). */
  headers?: Record<string, string>;
  /** Run before each measurement of the endpoint (after the drain, with nothing in flight). */
  before?: () => Promise<void>;
};

export type Loaded = { requestsPerSecond: number; p50: number; p99: number; errors: number; ok: number };

type Options = { bases: string[]; cookie: string; connections: number; seconds: number };

/**
 * Loads an endpoint for a while with a number of connections shared across the app processes' addresses (as a proxy
 * in front of them would share them). With several processes, requests/s add up; the p50 is the request-weighted
 * mean of theirs and the p99 the worst of theirs.
 */
export async function load(endpoint: Load, { bases, cookie, connections, seconds }: Options): Promise<Loaded> {
  await endpoint.before?.();
  const targets = endpoint.base ? [endpoint.base] : bases;
  const shares = targets.map((_, i) => Math.floor(connections / targets.length) + (i < connections % targets.length ? 1 : 0));
  const headers = endpoint.headers ?? (endpoint.anonymous ? {} : { cookie, "content-type": "application/json" });
  const make = endpoint.request;
  const results = await Promise.all(
    targets
      .map((base, i) => ({ base, share: shares[i] ?? 0 }))
      .filter(({ share }) => share > 0)
      .map(({ base, share }) =>
        autocannon({
          url: `${base}${endpoint.path ?? ""}`,
          connections: share,
          duration: seconds,
          headers,
          requests: make ? [{ setupRequest: (request) => ({ ...request, ...make() }) }] : undefined,
        }),
      ),
  );
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    requestsPerSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p50: total > 0 ? Math.round(results.reduce((sum, r) => sum + r.latency.p50 * r.requests.total, 0) / total) : 0,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx + r.timeouts, 0),
    ok: results.reduce((sum, r) => sum + (r["2xx"] ?? 0), 0),
  };
}

const WARM_UP_WINDOW_SECONDS = 3;
// A window counts as still rising when it beats the best window before it by more than this.
const RISING = 1.05;

/**
 * Loads an endpoint in 3 s windows until its rate stops rising, or for at most `maxSeconds`: the windows' requests/s.
 * A server-rendered page keeps speeding up for half a minute as its code is compiled (the sign-in page of a fresh
 * process: 62 requests/s in its first 3 s, 238 after 30 s, 2026-11-30), so the fixed 3 s this replaced left the first
 * round to a process still compiling it. Stops once two windows in a row came within 5 % of the best window before
 * them or fell short of it.
 */
export async function warmUp(endpoint: Load, options: Omit<Options, "seconds">, maxSeconds: number): Promise<number[]> {
  const windows: number[] = [];
  while ((windows.length + 1) * WARM_UP_WINDOW_SECONDS <= Math.max(maxSeconds, WARM_UP_WINDOW_SECONDS)) {
    windows.push(Math.round((await load(endpoint, { ...options, seconds: WARM_UP_WINDOW_SECONDS })).requestsPerSecond));
    const best = Math.max(...windows.slice(0, -2));
    if (windows.length >= 3 && windows.slice(-2).every((rate) => rate <= best * RISING)) break;
  }
  return windows;
}

/** Rounds at many connections and a run at one connection, as one row: the rounds' mean requests/s and median latencies. */
export function summarise(rounds: Loaded[], one: Loaded | undefined) {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    requestsPerSecond: Math.round(rounds.reduce((sum, r) => sum + r.requestsPerSecond, 0) / rounds.length),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    serialP50: one?.p50 ?? 0,
    serialP99: one?.p99 ?? 0,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0) + (one?.errors ?? 0),
    ok: rounds.reduce((sum, r) => sum + r.ok, 0) + (one?.ok ?? 0),
  };
}
