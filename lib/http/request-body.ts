import { DomainError } from "@/lib/errors";

/**
 * The largest JSON body the API reads: a source's text may be 1,000,000 characters, up to 3 bytes each in UTF-8
 * (Japanese, Korean), with room for JSON escapes.
 */
export const JSON_BODY_LIMIT = 4 * 1024 * 1024;

const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const tooLarge = (limit: number) => new DomainError("too_large", `The request body is larger than ${mebibytes(limit)}.`);

/**
 * Refuses a request whose declared size is over the limit before a byte of its body is read. A body sent without a
 * length (chunked) is counted as it is read instead (readBody).
 */
export function assertDeclaredSize(request: Request, limit: number): void {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
}

/** The body's bytes, read until the limit and no further: past it the stream is cancelled and the request refused. */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  assertDeclaredSize(request, limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
