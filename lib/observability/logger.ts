import pino from "pino";
import { currentRequest } from "./request-context";

/**
 * The process's structured logger: one JSON line per event on stdout (pino), with the request id of the request being
 * served. Lines carry ids, routes, statuses and durations, never secrets or personal text: no query strings, bodies,
 * cookies or headers, and errors only by type, code and (shortened) message, without a database error's DETAIL, which
 * may quote the values of a row.
 */
const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

const globalForLogger = globalThis as unknown as { ptLogger?: pino.Logger };

type ErrorFields = { type: string; code?: string; message: string; stack?: string };

function serializeError(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, 300) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
    message: error.message.slice(0, 300),
    stack: error.stack?.split("\n").slice(1, 8).join("\n"),
  };
}

/**
 * Lines are written to stdout in batches of 4 kB, and at most a quarter of a second after they were logged: a write per
 * line was 8.5% of a listed request's Node CPU (docs/decisions/018). pino writes what is waiting when the process
 * exits, a crash included; only a SIGKILL loses the last quarter second.
 */
function stdout(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });
}

export function logger(): pino.Logger {
  globalForLogger.ptLogger ??= createLogger();
  return globalForLogger.ptLogger;
}

function createLogger(): pino.Logger {
  // LOG_LEVEL is validated with the rest of the configuration (lib/env.ts); the logger must work before that has run.
  const level = process.env.LOG_LEVEL && LEVELS.has(process.env.LOG_LEVEL) ? process.env.LOG_LEVEL : "info";
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      mixin: () => {
        const request = currentRequest();
        return request ? { reqId: request.id } : {};
      },
    },
    stdout(),
  );
}
