/**
 * A request's address with each path segment that does not decode (a malformed percent-escape such as "%ZZ", or escapes
 * that are not UTF-8 such as "%E0%A4%A" or "%ED%A0%80") taken literally: its "%" escaped as "%25". Next.js answered such
 * a path with a bare 500 before any route ran, signed in or not; read literally, the segment names nothing, so the app
 * answers as for any unknown id or slug: its not-found page, or a 404 from the API. The query string is left as it is
 * (the app reads it with URLSearchParams, which does not throw).
 */
export function withDecodablePath(url: string): string {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (!path.includes("%")) return url;
  let changed = false;
  const segments = path.split("/").map((segment) => {
    if (!segment.includes("%") || decodes(segment)) return segment;
    changed = true;
    return segment.replaceAll("%", "%25");
  });
  return changed ? segments.join("/") + (end === -1 ? "" : url.slice(end)) : url;
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}
