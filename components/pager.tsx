import Link from "next/link";
import { formatCount } from "@/lib/format";
import type { PagePosition } from "@/lib/tracking/query-tracker";

const pageLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-100";

/**
 * Where a page of a list stands ("51–100 of 1,234 items"; "7 items" when one page holds them all) and the ways to the
 * pages before and after it. `noun` is the singular and the plural.
 */
export function Pager(props: { position: PagePosition; prevHref?: string; nextHref?: string; noun: [string, string] }) {
  const { position, prevHref, nextHref, noun } = props;
  const { first, last, total, moreThanTotal } = position;
  const counted = (n: number) => `${formatCount(n)} ${n === 1 ? noun[0] : noun[1]}`;
  if (!prevHref && !nextHref) return total ? <p className="mt-4 text-right text-sm text-slate-700">{counted(total)}</p> : null;
  const range = first === last ? formatCount(first) : `${formatCount(first)}–${formatCount(last)}`;
  // More than one page: the total (when counted) is at least two, so the plural.
  const place = `${range}${total === undefined ? "" : ` of ${moreThanTotal ? "more than " : ""}${formatCount(total)}`} ${noun[1]}`;
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-end gap-3">
      {prevHref && (
        <Link href={prevHref} className={pageLink} rel="prev">
          Previous page
        </Link>
      )}
      <p className="text-sm text-slate-700">{place}</p>
      {nextHref && (
        <Link href={nextHref} className={pageLink} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
