import { invalid } from "@/lib/errors";

// Deeper than any input the domain takes; the bound keeps the walk below cheap whatever a client sends.
const MAX_DEPTH = 16;

/** Why a text cannot be stored as it is, or null: for checks that report each value where it is (an imported cell). */
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "Remove the NUL (\\u0000) character";
  // A lone UTF-16 surrogate cannot be stored as UTF-8: PostgreSQL would store U+FFFD instead and the history's hash,
  // taken over what is stored, would no longer match what was sent.
  if (!text.isWellFormed()) return "Remove the broken character (an unpaired UTF-16 surrogate)";
  return null;
}

/**
 * Refuses text PostgreSQL cannot store as it was sent (a NUL character, an unpaired surrogate) with a 400 naming the
 * field ("citations.0.excerpt"), at the boundary of every entry point: JSON bodies and query strings (apiRoute),
 * server actions (runAction). Walks the value without recursion, so a deeply nested body cannot overflow the stack.
 */
export function assertStorableInput(input: unknown): void {
  const pending: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === "string") {
      const message = textProblem(value);
      if (message) throw invalid("Some text cannot be stored as it is", { [path.join(".") || "_"]: [message] });
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_DEPTH) throw invalid("The request body is nested too deeply");
    for (const [key, inner] of Object.entries(value)) {
      const message = textProblem(key);
      if (message) throw invalid("Some text cannot be stored as it is", { [[...path, "(a key)"].join(".")]: [message] });
      pending.push({ value: inner, path: [...path, key] });
    }
  }
}
