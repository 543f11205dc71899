import Link from "next/link";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import type { PagePosition } from "@/lib/tracking/query-tracker";

const pageLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-100";

/**
 * Where a page of items stands ("51–100 of 1,234 items"; "7 items" when one page holds them all) and the ways to the
 * pages before and after it.
 */
export function Pager(props: { position: PagePosition; prevHref?: string; nextHref?: string }) {
  const { position, prevHref, nextHref } = props;
  const { first, last, total, moreThanTotal } = position;
  const t = useTranslations("common.pager");
  const words = useWords();
  if (!prevHref && !nextHref) return total ? <p className="mt-4 text-right text-sm text-slate-700">{t("items", { count: total })}</p> : null;
  const range = first === last ? words.count(first) : `${words.count(first)}–${words.count(last)}`;
  const place = total === undefined ? t("range", { range }) : t(moreThanTotal ? "rangeOfMoreThan" : "rangeOf", { range, total });
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-end gap-3">
      {prevHref && (
        <Link href={prevHref} className={pageLink} rel="prev">
          {t("previous")}
        </Link>
      )}
      <p className="text-sm text-slate-700">{place}</p>
      {nextHref && (
        <Link href={nextHref} className={pageLink} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
