import type { Mention } from "./mentions";

/** A piece of a comment as it is shown: plain text, a mention of a member, or a web address. */
export type Segment = { kind: "text"; text: string } | { kind: "mention"; text: string; userId: string } | { kind: "link"; text: string; href: string };

const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const TRAILING = /[.,;:!?'"»”’)\]}>]+$/u;

/** An address as the text ends it: trailing punctuation belongs to the sentence, except a ")" the address opened. */
function trimAddress(candidate: string): string {
  let address = candidate;
  for (;;) {
    const trailing = TRAILING.exec(address)?.[0];
    if (!trailing) return address;
    const last = address.at(-1);
    if (last === ")" && (address.match(/\(/g)?.length ?? 0) >= (address.match(/\)/g)?.length ?? 0)) return address;
    address = address.slice(0, -1);
  }
}

/** A link only for what parses as an http(s) address; anything else stays text. */
function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function withLinks(text: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    const href = safeHref(address);
    if (!href) continue;
    if (match.index > from) segments.push({ kind: "text", text: text.slice(from, match.index) });
    segments.push({ kind: "link", text: address, href });
    from = match.index + address.length;
  }
  if (from < text.length) segments.push({ kind: "text", text: text.slice(from) });
  return segments;
}

/**
 * A comment's text in pieces for display: the mentions resolved when it was written (spans that do not fit the text
 * are ignored) and the http(s) addresses in the rest. The text is never interpreted as markup: each piece is shown as
 * text (React escapes it), and a link's address is one that parsed as http or https.
 */
export function commentSegments(body: string, mentions: Mention[]): Segment[] {
  const spans = mentions
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= body.length && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    segments.push(...withLinks(body.slice(from, span.start)));
    segments.push({ kind: "mention", text: body.slice(span.start, span.end), userId: span.userId });
    from = span.end;
  }
  segments.push(...withLinks(body.slice(from)));
  return segments;
}
