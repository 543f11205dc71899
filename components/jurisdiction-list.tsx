import { jurisdictionName } from "@/lib/tracking/jurisdictions";

export function JurisdictionList({ codes }: { codes: string[] }) {
  if (codes.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <span>
      {codes.map((code, index) => (
        <span key={code}>
          {index > 0 && ", "}
          <abbr title={jurisdictionName(code)} className="no-underline">
            {code}
          </abbr>
        </span>
      ))}
    </span>
  );
}
