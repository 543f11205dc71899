import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AsOfBanner } from "@/components/as-of-banner";
import { Pager } from "@/components/pager";
import { Quotation } from "@/components/quotation";
import { ShareShell } from "@/components/share-shell";
import { StatusBadge } from "@/components/status-badge";
import { TrackerTable } from "@/components/tracker-table";
import { requestClient } from "@/lib/http/request-client";
import { getWords } from "@/lib/i18n/server-words";
import { describeQuery } from "@/lib/views/describe-query";
import { openSharedView } from "@/lib/views/open-shared-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("views.shared"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * A saved view for anyone holding the link, signed in or not. The token is the only authorization: it opens this view
 * read-only, and the page shows nothing else of the workspace (no item pages, no names of its members).
 */
export default async function SharedViewPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ cursor?: string | string[] }> }) {
  const { token } = await params;
  const { cursor } = await searchParams;
  const shared = await openSharedView(token, await requestClient(), { cursor: typeof cursor === "string" ? cursor : undefined });
  // Expired, revoked and unknown links answer 404; not-found.tsx says which.
  if (shared.state !== "open") notFound();
  const { name, query, rows, nextCursor, prevCursor, position, pinned, expiresAt } = shared;
  const pageHref = (cursor: string | undefined) => cursor && `/share/${token}?${new URLSearchParams({ cursor })}`;
  const [t, q, words] = await Promise.all([getTranslations("views.shared"), getTranslations("query"), getWords()]);
  const filters = describeQuery({ t: q, words }, query);
  return (
    <ShareShell>
      <h1 className="text-2xl font-semibold">{name}</h1>
      <ul aria-label={t("shows")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {filters.map(({ label, value }) => (
          <li key={label}><span className="text-slate-600">{label}:</span> {value}</li>
        ))}
      </ul>
      <AsOfBanner query={query} subject="view" />
      {pinned && <p className="mt-2 text-sm text-slate-700">{t("pinned")}</p>}
      {rows.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{t("empty")}</p>
      ) : (
        <>
          <div className="mt-4">
            <TrackerTable rows={rows} columns={query.columns} group={query.group} asOf={Boolean(query.validOn || query.recordedAt)} caption={t("caption", { name })} />
          </div>
          <Pager position={position} prevHref={pageHref(prevCursor)} nextHref={pageHref(nextCursor)} />
          <section aria-labelledby="evidence" className="mt-8">
            <h2 id="evidence" className="text-lg font-semibold">
              {t("evidence")}
            </h2>
            <ol className="mt-3 space-y-5">
              {rows.map((row) => (
                <li key={row.id} aria-labelledby={`evidence-${row.id}`}>
                  <h3 id={`evidence-${row.id}`} className="font-medium break-words">
                    {row.title}
                  </h3>
                  <p className="mt-1 text-sm">
                    <StatusBadge kind={row.kind} status={row.status} />
                    {row.effectiveOn && row.precision && <span className="ml-2 text-slate-700">{t("since", { date: words.partialDate(row.effectiveOn, row.precision) })}</span>}
                  </p>
                  {row.quotations.length > 0 ? (
                    <ul className="mt-2 space-y-2">
                      {row.quotations.map((quotation) => (
                        <li key={quotation.id}>
                          <Quotation excerpt={quotation.excerpt} language={quotation.language}>
                            <cite lang={quotation.language}>{quotation.title}</cite>
                            {quotation.publisher && <span lang={quotation.language}>, {quotation.publisher}</span>}
                            {quotation.publishedOn && quotation.publishedPrecision && `, ${words.partialDate(quotation.publishedOn, quotation.publishedPrecision)}`}
                          </Quotation>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    row.status && <p className="mt-1 text-sm font-medium text-amber-800">{t("noSource")}</p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
      <p className="mt-6 text-sm text-slate-600">{t("until", { date: words.recordedAt(expiresAt) })}</p>
    </ShareShell>
  );
}
