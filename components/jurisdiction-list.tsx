import { Fragment } from "react";

/**
 * Codes with their names on hover; flat markup, as the tracker renders it in every row. The names come from the
 * caller (the server's words), so a client component shows the very names the server rendered.
 */
export function JurisdictionList({ codes, nameOf }: { codes: string[]; nameOf: (code: string) => string }) {
  if (codes.length === 0) return <span className="text-slate-500">—</span>;
  return codes.map((code, index) => (
    <Fragment key={code}>
      {index > 0 && ", "}
      <abbr title={nameOf(code)} className="no-underline">
        {code}
      </abbr>
    </Fragment>
  ));
}
