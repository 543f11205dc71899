import type { ZodError } from "zod";

/** Errors the domain raises on purpose. Entry points map each kind to one HTTP status and one message shape. */
export type DomainErrorKind = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "too_large" | "rate_limited";

export type FieldErrors = Record<string, string[]>;

/** A value the form can put in a field with one click, keyed like FieldErrors (the nearest passage to a quotation). */
export type FieldSuggestions = Record<string, { excerpt: string; startOffset: number }>;

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: { fields?: FieldErrors; suggestions?: FieldSuggestions; current?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("not_found", `${what} was not found.`);
export const forbidden = (message = "You do not have permission to do that.") => new DomainError("forbidden", message);
export const invalid = (message: string, fields?: FieldErrors) => new DomainError("invalid", message, { fields });

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** Each field's messages from a failed zod parse, keyed by the field's path ("citations.0.excerpt"; "_" for the whole). */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) (fields[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
  return fields;
}
