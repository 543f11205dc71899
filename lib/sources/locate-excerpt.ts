import { foldText, isCjk, type FoldedText } from "./fold-text";

/** A span of a source's text, in UTF-16 code units as JavaScript strings count. */
export type TextSpan = { start: number; end: number };

function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

const spanOf = (body: FoldedText, from: number, length: number): TextSpan => ({
  start: body.starts[from] as number,
  end: body.ends[from + length - 1] as number,
});

/**
 * Where an excerpt stands in a source's text: exactly, or else after folding both (see fold-text.ts), so a quotation
 * typed with straight quotes, pasted with line breaks or with full-width digits still finds the source's passage. The
 * span is the source's own characters, which is what a citation stores. With a start offset the passage must begin
 * there; without one the first occurrence is taken. Null when the text does not contain it.
 */
export function locateExcerpt(body: string, excerpt: string, startOffset?: number): TextSpan | null {
  if (excerpt.length === 0) return null;
  if (startOffset === undefined) {
    const exact = body.indexOf(excerpt);
    if (exact >= 0) return { start: exact, end: exact + excerpt.length };
  } else if (body.startsWith(excerpt, startOffset)) {
    return { start: startOffset, end: startOffset + excerpt.length };
  }
  const needle = foldText(excerpt).text;
  if (needle.length === 0) return null;
  const folded = foldText(body);
  if (startOffset === undefined) {
    const at = folded.text.indexOf(needle);
    return at < 0 ? null : spanOf(folded, at, needle.length);
  }
  const at = lowerBound(folded.starts, startOffset);
  return folded.starts[at] === startOffset && folded.text.startsWith(needle, at) ? spanOf(folded, at, needle.length) : null;
}

/** Character n-grams as numbers (n ≤ 3 UTF-16 units fit exactly in a double). */
function gramAt(text: string, at: number, n: number): number {
  let value = 0;
  for (let k = 0; k < n; k += 1) value = value * 65536 + text.charCodeAt(at + k);
  return value;
}

/** The window of the folded body sharing the most n-grams with the needle, and the share of the needle's grams it has. */
function bestWindow(body: string, needle: string, n: number): { at: number; share: number } {
  const wanted = new Map<number, number>();
  const grams = needle.length - n + 1;
  for (let k = 0; k < grams; k += 1) {
    const gram = gramAt(needle, k, n);
    wanted.set(gram, (wanted.get(gram) ?? 0) + 1);
  }
  const held = new Map<number, number>();
  let score = 0;
  let best = { at: 0, score: -1 };
  const add = (gram: number) => {
    const count = held.get(gram) ?? 0;
    if (count < (wanted.get(gram) ?? 0)) score += 1;
    held.set(gram, count + 1);
  };
  const remove = (gram: number) => {
    const count = (held.get(gram) as number) - 1;
    held.set(gram, count);
    if (count < (wanted.get(gram) ?? 0)) score -= 1;
  };
  const last = body.length - n;
  for (let k = 0; k <= last; k += 1) {
    add(gramAt(body, k, n));
    const windowStart = k - grams + 1;
    if (windowStart > 0) remove(gramAt(body, windowStart - 1, n));
    if (windowStart >= 0 && score > best.score) best = { at: windowStart, score };
  }
  if (best.score < 0) best = { at: 0, score }; // a body shorter than the needle: the whole body is the window
  return { at: best.at, share: best.score / grams };
}

/** Longest needle aligned character by character (beyond it the window found by n-grams is used as it is). */
const ALIGN_MAX = 1500;

/**
 * Where in `region` the needle fits with the fewest edits (insertions, deletions, substitutions), free to start and end
 * anywhere in the region (Sellers' semi-global alignment), with that number of edits.
 */
function align(region: string, needle: string): { start: number; end: number; edits: number } {
  const width = region.length + 1;
  let costs = new Int32Array(width);
  let origins = new Int32Array(width);
  let nextCosts = new Int32Array(width);
  let nextOrigins = new Int32Array(width);
  for (let j = 0; j < width; j += 1) origins[j] = j;
  for (let i = 1; i <= needle.length; i += 1) {
    nextCosts[0] = i;
    nextOrigins[0] = 0;
    const char = needle.charCodeAt(i - 1);
    for (let j = 1; j < width; j += 1) {
      const diagonal = (costs[j - 1] as number) + (region.charCodeAt(j - 1) === char ? 0 : 1);
      const up = (costs[j] as number) + 1;
      const left = (nextCosts[j - 1] as number) + 1;
      if (diagonal <= up && diagonal <= left) {
        nextCosts[j] = diagonal;
        nextOrigins[j] = origins[j - 1] as number;
      } else if (up <= left) {
        nextCosts[j] = up;
        nextOrigins[j] = origins[j] as number;
      } else {
        nextCosts[j] = left;
        nextOrigins[j] = nextOrigins[j - 1] as number;
      }
    }
    [costs, nextCosts] = [nextCosts, costs];
    [origins, nextOrigins] = [nextOrigins, origins];
  }
  let end = 0;
  for (let j = 1; j < width; j += 1) if ((costs[j] as number) < (costs[end] as number)) end = j;
  return { start: origins[end] as number, end, edits: costs[end] as number };
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char) && !isCjk(char);

/**
 * The passage of a source's text most like an excerpt that does not occur in it (a misremembered word, a dropped
 * phrase): found by shared character n-grams, then aligned character by character, widened to whole words. Null when
 * nothing in the text is close enough to be worth offering (fewer than half of the excerpt's characters agree).
 */
export function nearestPassage(body: string, excerpt: string): TextSpan | null {
  const needle = foldText(excerpt).text;
  const folded = foldText(body);
  const text = folded.text;
  if (needle.length < 4 || text.length === 0) return null;
  // Pairs of characters for CJK text (a word is often two characters), triples for the rest.
  const cjkShare = [...needle].filter((c) => isCjk(c)).length / needle.length;
  const n = cjkShare > 0.3 ? 2 : 3;
  const window = bestWindow(text, needle, n);
  if (window.share < 0.3) return null;
  let start = window.at;
  let end = Math.min(text.length, window.at + needle.length);
  if (needle.length <= ALIGN_MAX) {
    const regionStart = Math.max(0, start - Math.ceil(needle.length / 2));
    const regionEnd = Math.min(text.length, end + Math.ceil(needle.length / 2));
    const fit = align(text.slice(regionStart, regionEnd), needle);
    if (fit.edits > needle.length / 2 || fit.end <= fit.start) return null;
    start = regionStart + fit.start;
    end = regionStart + fit.end;
  }
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start -= 1;
  while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end += 1;
  while (start < end && text[start] === " ") start += 1;
  while (end > start && text[end - 1] === " ") end -= 1;
  return end > start ? spanOf(folded, start, end - start) : null;
}
