import Link from "next/link";
import { asOfPhrases } from "@/lib/views/describe-query";
import type { TrackerQuery } from "@/lib/views/tracker-query";

/** Says which dates the rows are as of, when they are not "now"; with a way back to now where there is one. */
export function AsOfBanner({ query, subject, nowHref }: { query: TrackerQuery; subject: string; nowHref?: string }) {
  const phrases = asOfPhrases(query);
  if (phrases.length === 0) return null;
  return (
    <p role="status" className="mt-4 rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-950">
      Showing {subject} {phrases.join(", ")}.
      {nowHref && (
        <>
          {" "}
          <Link href={nowHref} className="font-medium underline">Back to now</Link>
        </>
      )}
    </p>
  );
}
