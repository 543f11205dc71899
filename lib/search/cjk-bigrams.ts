/**
 * Runs of CJK characters (kana, Han, Hangul, half-width katakana), as the database function cjk_bigrams reads them
 * (migration cjk_bigram_search): keep the two character classes identical.
 */
const CJK_RUN = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]{2,}/g;

/** The distinct pairs of adjacent characters in each CJK run of a text: "輸出規制" -> 輸出, 出規, 規制. */
export function cjkBigrams(text: string): string[] {
  const pairs = new Set<string>();
  for (const [run] of text.matchAll(CJK_RUN)) {
    for (let at = 0; at + 2 <= run.length; at += 1) pairs.add(run.slice(at, at + 2));
  }
  return [...pairs];
}
