import { Client } from "pg";
import { logger } from "@/lib/observability/logger";
import { currentRequest } from "@/lib/observability/request-context";

/**
 * Whether a database (the primary, or the read replica) can be reached, as the pools last found it (docs/decisions/016).
 * The first failure to connect marks it down: from then on every query fails at once with a DatabaseUnavailableError
 * (answered 503 with Retry-After), instead of each request waiting out its own connection attempt, and a probe tries a
 * fresh connection every PROBE_EVERY_MS; the first that succeeds marks it up again. Failures of a query on a connection
 * that was open (the server restarting under it) fail that query only: the next connection attempt decides.
 */

/** SQLSTATE-like code of DatabaseUnavailableError; Prisma keeps an adapter error's code when it wraps it. */
export const UNAVAILABLE_CODE = "PT503";
/** Seconds a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 2;
const PROBE_EVERY_MS = 250;

export class DatabaseUnavailableError extends Error {
  readonly code = UNAVAILABLE_CODE;
  constructor(readonly target: string, reason: string) {
    super(`The ${target} database is unavailable: ${reason}`);
    this.name = "DatabaseUnavailableError";
  }
}

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; kind?: unknown; driverAdapterError?: unknown };

const asErrorLike = (error: unknown): ErrorLike => (typeof error === "object" && error !== null ? (error as ErrorLike) : {});

// Failing to open a connection: the server is not there, not accepting connections, or full.
const CONNECT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "EAI_AGAIN", "CONNECT_TIMEOUT", "57P03", "53300"]);
const CONNECT_MESSAGES = ["Connection terminated due to connection timeout", "timeout expired"];
// Losing a connection, or a statement cut short: the request fails, and may well succeed if tried again.
const LOST_CODES = new Set(["ECONNRESET", "EPIPE", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "57P01", "57P02", "57014", "P1001", "P1002", "P1008", "P1017", "P2024"]);
const LOST_MESSAGES = ["Connection terminated unexpectedly", "timeout exceeded when trying to connect", "Unable to start a transaction in the given time"];
// Prisma's driver adapter names what went wrong with the connection in a kind of its own.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

function adapterCause(error: ErrorLike): ErrorLike | null {
  const meta = asErrorLike(error.meta);
  const cause = asErrorLike(asErrorLike(meta.driverAdapterError).cause);
  return cause.kind !== undefined ? cause : null;
}

/** An error from failing to open a connection at all: the database is down (or full), not just this query. */
export function isConnectFailure(error: unknown): boolean {
  const e = asErrorLike(error);
  if (typeof e.code === "string" && CONNECT_CODES.has(e.code)) return true;
  if (typeof e.message === "string" && CONNECT_MESSAGES.some((m) => (e.message as string).includes(m))) return true;
  const cause = adapterCause(e);
  return cause?.kind === "DatabaseNotReachable" || cause?.kind === "TooManyConnections";
}

/** Whether an error means "the database could not be used just now" (answered 503) rather than a fault of ours (500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = asErrorLike(error);
  if (e.code === UNAVAILABLE_CODE || isConnectFailure(error)) return true;
  if (typeof e.code === "string" && (LOST_CODES.has(e.code) || e.code.startsWith("08"))) return true;
  if (typeof e.message === "string" && LOST_MESSAGES.some((m) => (e.message as string).includes(m))) return true;
  const cause = adapterCause(e);
  if (cause && typeof cause.kind === "string" && ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause?.kind === "postgres" && typeof asErrorLike(cause).code === "string") {
    const code = asErrorLike(cause).code as string;
    return code.startsWith("08") || LOST_CODES.has(code) || CONNECT_CODES.has(code);
  }
  return e.cause !== undefined && e.cause !== error && isDatabaseUnavailable(e.cause);
}

/** Tells the app's server that this request failed for want of the database: a page's 500 is then answered 503. */
function markRequestUnavailable(): void {
  const request = currentRequest();
  if (request) request.databaseUnavailable = true;
}

export type AvailabilityState = { up: true } | { up: false; since: Date; reason: string };

export class Availability {
  private downSince: Date | null = null;
  private reason = "";
  private probing: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(up: boolean) => void>();

  constructor(
    readonly target: string,
    private readonly probeUrl: () => string,
    private readonly connectTimeoutMs: () => number,
  ) {}

  get state(): AvailabilityState {
    return this.downSince ? { up: false, since: this.downSince, reason: this.reason } : { up: true };
  }

  /** Throws at once while the database is known to be down. */
  check(): void {
    if (!this.downSince) return;
    markRequestUnavailable();
    throw new DatabaseUnavailableError(this.target, this.reason);
  }

  /** Looks at a failed query's error: a failure to connect marks the database down until a probe connects again. */
  observe(error: unknown): void {
    if (isDatabaseUnavailable(error)) markRequestUnavailable();
    if (!isConnectFailure(error) || this.downSince) return;
    const e = asErrorLike(error);
    this.downSince = new Date();
    this.reason = typeof e.code === "string" ? String(e.code) : typeof e.message === "string" ? e.message : "connection failed";
    logger().error({ target: this.target, reason: this.reason }, "database unreachable: answering 503 until it is back");
    for (const listener of this.listeners) listener(false);
    this.scheduleProbe();
  }

  /** Called with false when the database goes down and true when it is back. */
  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private scheduleProbe(): void {
    this.probing = setTimeout(() => void this.probe(), PROBE_EVERY_MS);
    this.probing.unref();
  }

  private async probe(): Promise<void> {
    const client = new Client({ connectionString: this.probeUrl(), connectionTimeoutMillis: this.connectTimeoutMs() });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      logger().info({ target: this.target, downForMs: Date.now() - (this.downSince?.getTime() ?? Date.now()) }, "database reachable again");
      this.downSince = null;
      this.reason = "";
      for (const listener of this.listeners) listener(true);
    } catch (error) {
      const e = asErrorLike(error);
      this.reason = typeof e.code === "string" ? String(e.code) : typeof e.message === "string" ? e.message : this.reason;
      this.scheduleProbe();
    } finally {
      await client.end().catch(() => {});
    }
  }
}
