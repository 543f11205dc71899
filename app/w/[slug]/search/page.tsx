import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SnippetText } from "@/components/snippet-text";
import { requirePageActor } from "@/lib/auth/current-actor";
import { isDomainError } from "@/lib/errors";
import { pageData } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { getWords } from "@/lib/i18n/server-words";
import { searchWorkspace, type SearchKind, type SearchResults } from "@/lib/search/search-workspace";
import { passageAnchor } from "@/lib/sources/highlight-ranges";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

// Their headings in each language are the "search.kinds" messages.
const KIND_KEYS: SearchKind[] = ["items", "sources", "citations", "changes"];
const PAGE_SIZE = 10;
const LAST_PAGE = 100;

const pageLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const search = singleValues(await searchParams);
  const q = search.q ?? "";
  // One kind alone (?only=sources) pages through it; without it the page shows the first results of every kind.
  const only = KIND_KEYS.find((kind) => kind === search.only);
  const page = only ? Math.min(LAST_PAGE, Math.max(1, Math.trunc(Number(search.page)) || 1)) : 1;
  const href = (extra: Record<string, string>) => `/w/${slug}/search?${new URLSearchParams({ q, ...extra })}`;
  const actor = await requirePageActor(href(only ? { only, ...(page > 1 && { page: String(page) }) } : {}));
  let results: SearchResults | null = null;
  let problem: string | null = null;
  if (q) {
    try {
      results = await pageData(searchWorkspace(actor, slug, { q, only, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }));
    } catch (error) {
      if (!isDomainError(error) || error.kind !== "invalid") throw error;
      problem = error.message;
    }
  }
  const [t, words] = await Promise.all([getTranslations("search"), getWords()]);
  const total = results ? KIND_KEYS.reduce((sum, kind) => sum + (results as SearchResults)[kind].length, 0) : 0;

  /** A kind's results under its heading, with the way to its next results (or, paging one kind, both ways). */
  function section(kind: SearchKind, list: ReactNode) {
    if (!results || results[kind].length === 0) return null;
    const first = (page - 1) * PAGE_SIZE + 1;
    const last = first + results[kind].length - 1;
    return (
      <section className="mt-6" aria-labelledby={`r-${kind}`}>
        <h2 id={`r-${kind}`} className="text-lg font-semibold">
          {t(`kinds.${kind}.heading`)}
          {only && <span className="ml-2 text-sm font-normal text-slate-600">{`${first}–${last}`}</span>}
        </h2>
        <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">{list}</ul>
        {(results.more[kind] || page > 1) && (
          <nav aria-label={t(`kinds.${kind}.more`)} className="mt-3 flex flex-wrap justify-end gap-2">
            {page > 1 && (
              <Link href={href(page === 2 ? { only: kind } : { only: kind, page: String(page - 1) })} className={pageLink}>
                {t(`kinds.${kind}.previous`)}
              </Link>
            )}
            {results.more[kind] && page < LAST_PAGE && (
              <Link href={href({ only: kind, page: String(page + 1) })} className={pageLink}>
                {t(`kinds.${kind}.next`)}
              </Link>
            )}
          </nav>
        )}
      </section>
    );
  }

  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form method="get" className="mt-4 flex max-w-2xl flex-wrap gap-2" role="search">
        <label htmlFor="search-q" className="sr-only">{t("title")}</label>
        <input id="search-q" name="q" type="search" defaultValue={q} autoFocus className="min-w-0 flex-1 rounded border border-slate-300 px-3 py-2" placeholder={t("placeholder")} />
        {only && <input type="hidden" name="only" value={only} />}
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">{t("submit")}</button>
      </form>
      {q && (
        <nav aria-label={t("kindsLabel")} className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {[{ key: undefined, label: t("all") }, ...KIND_KEYS.map((key) => ({ key, label: t(`kinds.${key}.heading`) }))].map(({ key, label }) => (
            <Link
              key={label}
              href={href(key ? { only: key } : {})}
              aria-current={key === only ? "page" : undefined}
              className={key === only ? "font-semibold text-slate-900" : "text-blue-800 hover:underline"}
            >
              {label}
            </Link>
          ))}
        </nav>
      )}
      {problem && <p role="alert" className="mt-4 text-red-800">{problem}</p>}
      {!q && <p className="mt-4 text-slate-700">{t("hint")}</p>}
      {results && total === 0 && (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {page > 1 ? t("noMore") : only ? t("nothingAmong", { q, kind: t(`kinds.${only}.noun`) }) : t("nothing", { q })}
        </p>
      )}
      {results &&
        section(
          "items",
          results.items.map((hit) => (
            <li key={hit.id} className="p-3">
              <Link href={`/w/${slug}/items/${hit.id}`} className="font-medium break-words text-blue-800 hover:underline">{hit.title}</Link>
              <span className="ml-2 text-xs text-slate-600">{words.kind(hit.kind)}</span>
              <p className="mt-1 text-sm break-words text-slate-800"><SnippetText snippet={hit.snippet} query={q} /></p>
            </li>
          )),
        )}
      {results &&
        section(
          "sources",
          results.sources.map((hit) => (
            <li key={hit.id} className="p-3">
              <Link href={`/w/${slug}/sources/${hit.id}`} className="font-medium break-words text-blue-800 hover:underline" lang={hit.language}>{hit.title}</Link>
              <p className="mt-1 text-sm break-words text-slate-800" lang={hit.language}><SnippetText snippet={hit.snippet} query={q} /></p>
            </li>
          )),
        )}
      {results &&
        section(
          "citations",
          results.citations.map((hit) => (
            <li key={hit.id} className="p-3">
              <blockquote className="text-sm break-words text-slate-900" lang={hit.language}>“<SnippetText snippet={hit.snippet} query={q} />”</blockquote>
              <p className="mt-1 text-xs text-slate-600">
                {t("citedFor")} <Link href={`/w/${slug}/items/${hit.itemId}`} className="text-blue-800 hover:underline">{hit.title}</Link> ·{" "}
                <Link href={`/w/${slug}/sources/${hit.sourceId}#${passageAnchor(hit.startOffset, hit.endOffset)}`} className="text-blue-800 hover:underline">{t("inSource")}</Link>
              </p>
            </li>
          )),
        )}
      {results &&
        section(
          "changes",
          results.changes.map((hit) => (
            <li key={hit.id} className="p-3">
              <p className="text-sm break-words text-slate-900"><SnippetText snippet={hit.snippet} query={q} /></p>
              <p className="mt-1 text-xs text-slate-600">
                {hit.itemId ? <Link href={`/w/${slug}/items/${hit.itemId}`} className="text-blue-800 hover:underline">{hit.title}</Link> : hit.title} ·{" "}
                {words.recordedAt(hit.recordedAt)}
              </p>
            </li>
          )),
        )}
    </>
  );
}
