/** Errors the domain raises on purpose. Entry points map each kind to one HTTP status and one message shape. */
export type DomainErrorKind = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "rate_limited";

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: { fields?: FieldErrors; current?: unknown } = {},
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
