import { JURISDICTION_CODES, jurisdictionName } from "@/lib/tracking/jurisdictions";

export const JURISDICTION_DATALIST_ID = "jurisdiction-codes";

/** Code suggestions for the jurisdiction inputs; rendered on the server so names come from one place (and one ICU). */
export function JurisdictionDatalist() {
  return (
    <datalist id={JURISDICTION_DATALIST_ID}>
      {JURISDICTION_CODES.map((code) => (
        <option key={code} value={code}>
          {jurisdictionName(code)}
        </option>
      ))}
    </datalist>
  );
}
