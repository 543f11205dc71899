import { isCjk } from "./fold-text";

/** Lines longer than this were not wrapped by hand or by a PDF's column: web pages paste a paragraph as one line. */
const WRAP_WIDTH_MAX = 130;
/** A line at least this share of the block's longest line was filled up to the wrap; a shorter one ended a paragraph. */
const FILLED = 0.6;

function joinLines(before: string, after: string): string {
  const left = before.trimEnd();
  const right = after.trimStart();
  const last = left[left.length - 1];
  // "chip-\nmaterials": the hyphen stays, without a space; CJK lines join without one.
  if ((last === "-" && /\p{L}/u.test(left[left.length - 2] ?? "")) || (isCjk(last) && isCjk(right[0]))) return left + right;
  return `${left} ${right}`;
}

/**
 * Joins the hard line wraps of pasted text (a PDF's columns, an e-mail's 72 characters) and keeps its paragraphs. In a
 * block between blank lines, a line is joined to the next when it was filled near the block's wrap width; a short
 * line ends a paragraph and keeps its break. Text whose lines are long (a web page pasted a paragraph to a line) is
 * returned unchanged.
 */
export function unwrapLines(pasted: string): string {
  const text = pasted.replace(/\r\n?/g, "\n");
  return text
    .split(/(\n[ \t]*\n+)/)
    .map((block, index) => {
      if (index % 2 === 1) return block; // the blank lines between blocks
      const lines = block.split("\n");
      if (lines.length < 2) return block;
      const width = Math.max(...lines.map((line) => line.trimEnd().length));
      if (width > WRAP_WIDTH_MAX) return block;
      let out = lines[0] as string;
      for (let k = 1; k < lines.length; k += 1) {
        const previous = (lines[k - 1] as string).trimEnd();
        const line = lines[k] as string;
        out = previous.length >= width * FILLED && line.trim() ? joinLines(out, line) : `${out}\n${line}`;
      }
      return out;
    })
    .join("");
}
