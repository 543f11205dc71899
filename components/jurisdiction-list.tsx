import { Fragment } from "react";
import { useWords } from "@/lib/i18n/use-words";

/** Codes with their names on hover; flat markup, as the tracker renders it in every row. */
export function JurisdictionList({ codes }: { codes: string[] }) {
  const words = useWords();
  if (codes.length === 0) return <span className="text-slate-500">—</span>;
  return codes.map((code, index) => (
    <Fragment key={code}>
      {index > 0 && ", "}
      <abbr title={words.jurisdiction(code)} className="no-underline">
        {code}
      </abbr>
    </Fragment>
  ));
}
