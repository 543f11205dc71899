/**
 * A page's search params as one string per key, leaving out empty values (an untouched select of a GET form sends
 * `key=`) and keeping the first of repeated ones.
 */
export function singleValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(params)) {
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) out[key] = value;
  }
  return out;
}
