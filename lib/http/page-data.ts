import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";

/** For pages: runs a domain read, turning "not found" and "forbidden" into the 404 page (nothing to reveal). */
export async function pageData<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isDomainError(error) && (error.kind === "not_found" || error.kind === "forbidden")) notFound();
    throw error;
  }
}
