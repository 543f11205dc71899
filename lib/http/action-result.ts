import { describeError, type ErrorBody } from "./error-response";
import { assertStorableInput } from "./storable-input";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody["error"] };

/**
 * The one wrapper for server actions: refuses input that cannot be stored as sent, runs the domain call and returns its
 * result or a displayable error (with field messages and, for conflicts, the teammate's change), never a thrown
 * exception the page cannot explain.
 */
export async function runAction<I, T>(input: I, call: (input: I) => Promise<T>): Promise<ActionResult<T>> {
  try {
    assertStorableInput(input);
    return { ok: true, data: await call(input) };
  } catch (error) {
    return { ok: false, error: describeError(error).body.error };
  }
}
