import { Fragment } from "react";
import { jurisdictionName } from "@/lib/tracking/jurisdictions";

/** Codes with their names on hover; flat markup, as the tracker renders it in every row. */
export function JurisdictionList({ codes }: { codes: string[] }) {
  if (codes.length === 0) return <span className="text-slate-500">—</span>;
  return codes.map((code, index) => (
    <Fragment key={code}>
      {index > 0 && ", "}
      <abbr title={jurisdictionName(code)} className="no-underline">
        {code}
      </abbr>
    </Fragment>
  ));
}
