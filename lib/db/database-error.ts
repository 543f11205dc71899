import type postgres from "postgres";
import { DomainError, invalid } from "@/lib/errors";

/**
 * An error from PostgreSQL, by its shape rather than by class: the server's bundles can hold two copies of postgres.js
 * (the instrumentation's background jobs and the routes), and the pool, made by whichever runs first, throws its own
 * copy's class (whose name the production build minifies).
 */
function isPostgresError(error: unknown): error is postgres.PostgresError {
  if (!(error instanceof Error)) return false;
  const { code, severity, routine } = error as { code?: unknown; severity?: unknown; routine?: unknown };
  return typeof code === "string" && typeof severity === "string" && typeof routine === "string";
}

/**
 * The errors our database functions raise on purpose (pt_item_write): SQLSTATE PT400, PT403 and PT404 carry a message
 * for people, and for a field error the field's name (COLUMN) and its message (HINT). Anything else is not ours to
 * explain and is returned as it is.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  const field = error.column_name ? { [error.column_name]: [error.hint || error.message] } : undefined;
  if (error.code === "PT400") return invalid(error.message, field);
  if (error.code === "PT403") return new DomainError("forbidden", error.message);
  if (error.code === "PT404") return new DomainError("not_found", error.message);
  // The unique index on revertsId: two reverts of one change raced, and this one lost.
  if (error.code === "23505" && error.constraint_name === "ChangeRecord_revertsId_key") return invalid("This change has already been reverted.");
  return error;
}
