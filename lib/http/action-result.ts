import { describeError, type ErrorBody } from "./error-response";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody["error"] };

/**
 * The one wrapper for server actions: runs the domain call and returns its result or a displayable error (with field
 * messages and, for conflicts, the teammate's change), never a thrown exception the page cannot explain.
 */
export async function runAction<T>(call: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    return { ok: false, error: describeError(error).body.error };
  }
}
