/**
 * Where an excerpt stands in a source's text, in UTF-16 code units as JavaScript strings count. With a start offset the
 * text there must equal the excerpt; without one the first occurrence is taken. Null when the text does not contain it.
 */
export function locateExcerpt(body: string, excerpt: string, startOffset?: number): { start: number; end: number } | null {
  if (excerpt.length === 0) return null;
  if (startOffset !== undefined) {
    return body.slice(startOffset, startOffset + excerpt.length) === excerpt
      ? { start: startOffset, end: startOffset + excerpt.length }
      : null;
  }
  const start = body.indexOf(excerpt);
  return start < 0 ? null : { start, end: start + excerpt.length };
}
