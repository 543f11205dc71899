export type Segment = { text: string; citationIds: string[] };

/**
 * The source page's anchor for a quoted passage: every citation of the same words links to the one place they are
 * highlighted, from the item page, a search hit or the source's own list.
 */
export const passageAnchor = (start: number, end: number) => `passage-${start}-${end}`;

/** Splits a text into runs, each with the citations covering it, so overlapping citations highlight correctly. */
export function highlightSegments(text: string, ranges: { id: string; start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end === start) continue;
    segments.push({ text: text.slice(start, end), citationIds: ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.id) });
  }
  return segments;
}
