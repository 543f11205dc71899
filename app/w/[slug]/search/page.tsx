import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SnippetText } from "@/components/snippet-text";
import { requirePageActor } from "@/lib/auth/current-actor";
import { isDomainError } from "@/lib/errors";
import { formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { searchWorkspace, type SearchKind, type SearchResults } from "@/lib/search/search-workspace";
import { kindLabel } from "@/lib/tracking/kinds";

export const metadata: Metadata = { title: "Search" };

const KINDS: Record<SearchKind, { heading: string; noun: string }> = {
  items: { heading: "Items", noun: "items" },
  sources: { heading: "Sources", noun: "sources" },
  citations: { heading: "Citations", noun: "citations" },
  changes: { heading: "Change reasons", noun: "change reasons" },
};
const KIND_KEYS = Object.keys(KINDS) as SearchKind[];
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
  const total = results ? KIND_KEYS.reduce((sum, kind) => sum + (results as SearchResults)[kind].length, 0) : 0;

  /** A kind's results under its heading, with the way to its next results (or, paging one kind, both ways). */
  function section(kind: SearchKind, list: ReactNode) {
    if (!results || results[kind].length === 0) return null;
    const first = (page - 1) * PAGE_SIZE + 1;
    const last = first + results[kind].length - 1;
    return (
      <section className="mt-6" aria-labelledby={`r-${kind}`}>
        <h2 id={`r-${kind}`} className="text-lg font-semibold">
          {KINDS[kind].heading}
          {only && <span className="ml-2 text-sm font-normal text-slate-600">{`${first}–${last}`}</span>}
        </h2>
        <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">{list}</ul>
        {(results.more[kind] || page > 1) && (
          <nav aria-label={`More ${KINDS[kind].noun}`} className="mt-3 flex flex-wrap justify-end gap-2">
            {page > 1 && (
              <Link href={href(page === 2 ? { only: kind } : { only: kind, page: String(page - 1) })} className={pageLink}>
                Previous {KINDS[kind].noun}
              </Link>
            )}
            {results.more[kind] && page < LAST_PAGE && (
              <Link href={href({ only: kind, page: String(page + 1) })} className={pageLink}>
                Next {KINDS[kind].noun}
              </Link>
            )}
          </nav>
        )}
      </section>
    );
  }

  return (
    <>
      <h1 className="text-2xl font-semibold">Search</h1>
      <form method="get" className="mt-4 flex max-w-2xl flex-wrap gap-2" role="search">
        <label htmlFor="search-q" className="sr-only">Search</label>
        <input id="search-q" name="q" type="search" defaultValue={q} autoFocus className="min-w-0 flex-1 rounded border border-slate-300 px-3 py-2" placeholder="Words, part of a word, or Japanese / Korean text" />
        {only && <input type="hidden" name="only" value={only} />}
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">Search</button>
      </form>
      {q && (
        <nav aria-label="Kinds of result" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {[{ key: undefined, label: "All" }, ...KIND_KEYS.map((key) => ({ key, label: KINDS[key].heading }))].map(({ key, label }) => (
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
      {!q && <p className="mt-4 text-slate-700">Search items, the full text of sources, quoted citations and the reasons given for changes.</p>}
      {results && total === 0 && (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {page > 1 ? "No more results." : `Nothing matches “${q}”${only ? ` among the ${KINDS[only].noun}` : ""}.`}
        </p>
      )}
      {results &&
        section(
          "items",
          results.items.map((hit) => (
            <li key={hit.id} className="p-3">
              <Link href={`/w/${slug}/items/${hit.id}`} className="font-medium break-words text-blue-800 hover:underline">{hit.title}</Link>
              <span className="ml-2 text-xs text-slate-600">{kindLabel(hit.kind)}</span>
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
                cited for <Link href={`/w/${slug}/items/${hit.itemId}`} className="text-blue-800 hover:underline">{hit.title}</Link> ·{" "}
                <Link href={`/w/${slug}/sources/${hit.sourceId}#citation-${hit.id}`} className="text-blue-800 hover:underline">in its source</Link>
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
                {formatRecordedAt(hit.recordedAt)}
              </p>
            </li>
          )),
        )}
    </>
  );
}
