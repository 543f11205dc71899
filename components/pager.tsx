import Link from "next/link";
import type { PagePosition } from "@/lib/tracking/query-tracker";
import { formatCount } from "@/lib/format";

const pageLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-100";

/** Where a page of a list stands ("51–100 of 1,234") and the ways to the pages before and after it. */
export function Pager({ position, prevHref, nextHref, noun }: { position: PagePosition; prevHref?: string; nextHref?: string; noun: string }) {
  const { first, last, total, moreThanTotal } = position;
  const of = total === undefined ? "" : ` of ${moreThanTotal ? "more than " : ""}${formatCount(total)}`;
  const place = `${formatCount(first)}–${formatCount(last)}${of} ${noun}`;
  if (!prevHref && !nextHref) return total === undefined || total === 0 ? null : <p className="mt-4 text-right text-sm text-slate-700">{place}</p>;
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-end gap-3">
      {prevHref && (
        <Link href={prevHref} className={pageLink} rel="prev">
          Previous page
        </Link>
      )}
      <p className="text-sm text-slate-700">
        {place}
      </p>
      {nextHref && (
        <Link href={nextHref} className={pageLink} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
