import { ZodError } from "zod";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { DomainError, zodFieldErrors, type DomainErrorKind, type FieldErrors, type FieldSuggestions } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/observability/logger";

export const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
};

export type ErrorBody = {
  error: {
    code: DomainErrorKind | "unavailable" | "internal";
    message: string;
    fields?: FieldErrors;
    suggestions?: FieldSuggestions;
    current?: unknown;
    retryAfterSeconds?: number;
  };
};

/**
 * Turns anything a domain function throws into an HTTP status and a body that is safe to show: our own errors keep
 * their message, validation errors name their fields, a database that cannot be reached just now is a 503 with
 * Retry-After (docs/decisions/016), and anything else is logged and reported generically.
 */
export function describeError(error: unknown): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (error instanceof DomainError) {
    const retry = error.details.retryAfterSeconds;
    return {
      status: STATUS_OF[error.kind],
      body: { error: { code: error.kind, message: error.message, ...error.details } },
      ...(retry !== undefined && { headers: { "retry-after": String(retry) } }),
    };
  }
  if (error instanceof ZodError) {
    return { status: 400, body: { error: { code: "invalid", message: "Some fields are not valid.", fields: zodFieldErrors(error) } } };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return { status: 409, body: { error: { code: "conflict", message: "That already exists." } } };
  }
  if (isDatabaseUnavailable(error)) {
    logger().warn({ err: error }, "database unavailable");
    return {
      status: 503,
      body: { error: { code: "unavailable", message: "The database cannot be reached just now. Try again in a few seconds." } },
      headers: { "retry-after": String(RETRY_AFTER_SECONDS) },
    };
  }
  logger().error({ err: error }, "request failed");
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side. Nothing was saved." } } };
}
