/** Markers PostgreSQL's ts_headline puts around hits; search reads these characters of stored text as spaces. */
export const HIT_START = "\u0001";
export const HIT_END = "\u0002";

export type SnippetPart = { text: string; hit: boolean };

/**
 * Splits a snippet into plain and highlighted runs. Snippets from full-text search carry ts_headline's markers; others
 * (trigram matches, e.g. Japanese or Korean text or part of a word) get each case-insensitive occurrence of the query
 * marked here. Rendering runs as React text keeps the snippet free of injected markup.
 */
export function snippetParts(snippet: string, query: string): SnippetPart[] {
  if (snippet.includes(HIT_START)) {
    const parts: SnippetPart[] = [];
    for (const [index, piece] of snippet.split(HIT_START).entries()) {
      if (index === 0) {
        if (piece) parts.push({ text: piece, hit: false });
        continue;
      }
      const [hit = "", rest = ""] = piece.split(HIT_END);
      if (hit) parts.push({ text: hit, hit: true });
      if (rest) parts.push({ text: rest, hit: false });
    }
    return parts;
  }
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [{ text: snippet, hit: false }];
  const haystack = snippet.toLocaleLowerCase();
  const parts: SnippetPart[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: snippet.slice(from, at), hit: false });
    parts.push({ text: snippet.slice(at, at + needle.length), hit: true });
    from = at + needle.length;
  }
  if (from < snippet.length) parts.push({ text: snippet.slice(from), hit: false });
  return parts;
}

/** A prefix query for partial words: "semicond expo" -> "semicond:* & expo:*" (letters and digits only). */
export function prefixTsQuery(query: string): string {
  return query
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => `${word}:*`)
    .join(" & ");
}

/** Escapes LIKE wildcards so the query is matched literally. */
export function likePattern(query: string): string {
  return `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The query's inner words, joined by spaces: those with spaces on both sides inside it, letters only (its first and
 * last words may be cut short by a match, and punctuation can join words into one token). A text that holds the query
 * holds each of them as a word of its own, so its tsvector holds their lexemes: a cheap, well-estimated index lookup
 * that finds a superset of the text's matches as typed.
 */
export function innerWords(query: string): string {
  return query
    .trim()
    .split(/[ \t\r\n]+/)
    .slice(1, -1)
    .filter((word) => /^\p{L}+$/u.test(word))
    .join(" ");
}
