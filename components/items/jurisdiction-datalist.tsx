import { useWords } from "@/lib/i18n/use-words";
import { JURISDICTION_CODES } from "@/lib/tracking/jurisdictions";

export const JURISDICTION_DATALIST_ID = "jurisdiction-codes";

/** Code suggestions for the jurisdiction inputs; rendered on the server so names come from one place (and one ICU). */
export function JurisdictionDatalist() {
  const words = useWords();
  return (
    <datalist id={JURISDICTION_DATALIST_ID}>
      {JURISDICTION_CODES.map((code) => (
        <option key={code} value={code}>
          {words.jurisdiction(code)}
        </option>
      ))}
    </datalist>
  );
}
