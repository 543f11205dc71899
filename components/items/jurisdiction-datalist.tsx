import { el, serialize } from "@/components/charts/svg";
import { useWords } from "@/lib/i18n/use-words";
import { JURISDICTION_CODES } from "@/lib/tracking/jurisdictions";

export const JURISDICTION_DATALIST_ID = "jurisdiction-codes";

// The options' markup per interface language: the same for every page, so made once per process.
const optionsByLocale = new Map<string, string>();

/**
 * Code suggestions for the jurisdiction inputs; rendered on the server so names come from one place (and one ICU). The
 * ~250 options travel as one string rather than as an element each, which a page's payload carries far more cheaply.
 */
export function JurisdictionDatalist() {
  const words = useWords();
  let options = optionsByLocale.get(words.locale);
  if (options === undefined) {
    options = JURISDICTION_CODES.map((code) => serialize(el("option", { value: code }, words.jurisdiction(code)))).join("");
    optionsByLocale.set(words.locale, options);
  }
  return <datalist id={JURISDICTION_DATALIST_ID} dangerouslySetInnerHTML={{ __html: options }} />;
}
