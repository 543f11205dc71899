/**
 * Text folded for comparing quotations: the differences that typing, copying and pasting introduce, but that do not
 * change what a passage says, are removed. Each folded character remembers the span of the original text it came
 * from, so a match in the folded text maps back to the source's exact characters and offsets.
 *
 * What is folded: compatibility forms (full-width letters and digits, half-width katakana, ligatures, "…": Unicode
 * NFKC) and composition (NFC), curly and straight quotes, the dashes and hyphens, whitespace runs (spaces, no-break
 * and ideographic spaces, line breaks) to one space, no space at all between two CJK characters or beside a dash,
 * and invisible characters (zero-width spaces and joiners, soft hyphens, byte-order marks). Letter case is kept.
 */
export type FoldedText = {
  text: string;
  /** For each folded UTF-16 unit, where its original span starts and ends (UTF-16 offsets of the original). */
  starts: Int32Array;
  ends: Int32Array;
};

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u00b4`]/gu;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/gu;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/gu;
/** Scripts written without spaces between words (and whose line breaks are not spaces), with their punctuation. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\u30fc\uff01-\uff60]/u;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/** One original character (with any combining marks after it) as folded characters. */
function foldCluster(cluster: string): string {
  // Before and after NFKC: it turns "´" into a space and a combining accent, and "″" into two primes.
  const marks = (text: string) => text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-");
  return marks(marks(cluster).normalize("NFKC"));
}

export function foldText(original: string): FoldedText {
  let starts = new Int32Array(original.length + 8);
  let ends = new Int32Array(original.length + 8);
  const out: string[] = [];
  let length = 0;
  // The last folded character (reading it back from a string being built would flatten it on every character).
  let previous = "";
  // A whitespace run waiting to be written (or dropped): where it began and ended in the original.
  let pendingSpace: { start: number; end: number } | null = null;

  const grow = (needed: number) => {
    if (needed <= starts.length) return;
    const size = Math.max(needed, starts.length * 2);
    const grownStarts = new Int32Array(size);
    grownStarts.set(starts);
    starts = grownStarts;
    const grownEnds = new Int32Array(size);
    grownEnds.set(ends);
    ends = grownEnds;
  };

  const emit = (chars: string, start: number, end: number) => {
    grow(length + chars.length);
    for (let k = 0; k < chars.length; k += 1) {
      starts[length] = start;
      ends[length] = end;
      length += 1;
    }
    out.push(chars);
    previous = chars[chars.length - 1] as string;
  };

  /** Writes a folded character (or several), after the whitespace before it unless that is dropped. */
  const place = (folded: string, start: number, end: number) => {
    if (folded === "-" && previous === "-") {
      // A run of dashes ("--" typed for "—") is one dash, whatever spaces stood between them.
      ends[length - 1] = end;
      pendingSpace = null;
      return;
    }
    const head = folded[0];
    if (pendingSpace && length > 0 && !((isCjk(previous) && isCjk(head)) || previous === "-" || head === "-")) {
      emit(" ", pendingSpace.start, pendingSpace.end);
    }
    pendingSpace = null;
    emit(folded, start, end);
  };

  let index = 0;
  while (index < original.length) {
    const start = index;
    const first = original.codePointAt(index) as number;
    index += first > 0xffff ? 2 : 1;
    // Printable ASCII other than "`" folds to itself: most of an English article, so it skips the checks below.
    if (first > 0x20 && first < 0x7f && first !== 0x60 && !MARK.test(original[index] ?? "")) {
      place(original[start] as string, start, index);
      continue;
    }
    const char = String.fromCodePoint(first);
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char)) {
      pendingSpace = pendingSpace ? { start: pendingSpace.start, end: index } : { start, end: index };
      continue;
    }
    // Combining marks belong to the character before them, so "e" + U+0301 folds as "é" does.
    while (index < original.length) {
      const next = original.codePointAt(index) as number;
      if (!MARK.test(String.fromCodePoint(next))) break;
      index += next > 0xffff ? 2 : 1;
    }
    const folded = foldCluster(original.slice(start, index));
    if (folded.length > 0) place(folded, start, index);
  }
  return { text: out.join(""), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}
