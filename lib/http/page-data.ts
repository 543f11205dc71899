import { notFound } from "next/navigation";
import { isDomainError, type FieldErrors } from "@/lib/errors";
import { ZUuidParam } from "@/lib/http/api-route";

/** For pages: runs a domain read, turning "not found" and "forbidden" into the 404 page (nothing to reveal). */
export async function pageData<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isDomainError(error) && (error.kind === "not_found" || error.kind === "forbidden")) notFound();
    throw error;
  }
}

/**
 * pageData for reads that take input from the page's address (tracker filters): input that is not valid comes back as
 * its field errors, for the page to say what is wrong, rather than as the error page.
 */
export async function pageDataOrInvalid<T>(read: Promise<T>): Promise<{ data: T; invalid: null } | { data: null; invalid: FieldErrors }> {
  try {
    return { data: await pageData(read), invalid: null };
  } catch (error) {
    if (isDomainError(error) && error.kind === "invalid") return { data: null, invalid: error.details.fields ?? { _: [error.message] } };
    throw error;
  }
}

/**
 * A record's id from a page's address. A malformed one names nothing: the 404 page, as for an id that names nothing
 * (the page's reads would otherwise race to refuse it as invalid input, an error page).
 */
export function pageId(value: string): string {
  if (!ZUuidParam.safeParse(value).success) notFound();
  return value;
}
