import type { Metadata } from "next";
import Link from "next/link";
import { SnippetText } from "@/components/snippet-text";
import { requirePageActor } from "@/lib/auth/current-actor";
import { isDomainError } from "@/lib/errors";
import { formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { searchWorkspace, type SearchResults } from "@/lib/search/search-workspace";
import { kindLabel } from "@/lib/tracking/kinds";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { slug } = await params;
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const actor = await requirePageActor(`/w/${slug}/search?q=${encodeURIComponent(q)}`);
  let results: SearchResults | null = null;
  let problem: string | null = null;
  if (q) {
    try {
      results = await pageData(searchWorkspace(actor, slug, { q }));
    } catch (error) {
      if (!isDomainError(error) || error.kind !== "invalid") throw error;
      problem = error.message;
    }
  }
  const total = results ? results.items.length + results.sources.length + results.citations.length + results.changes.length : 0;
  const section = "mt-6";
  const heading = "text-lg font-semibold";
  const list = "mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white";
  return (
    <>
      <h1 className="text-2xl font-semibold">Search</h1>
      <form method="get" className="mt-4 flex max-w-2xl gap-2" role="search">
        <label htmlFor="search-q" className="sr-only">Search</label>
        <input id="search-q" name="q" type="search" defaultValue={q} autoFocus className="flex-1 rounded border border-slate-300 px-3 py-2" placeholder="Words, part of a word, or Japanese / Korean text" />
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">Search</button>
      </form>
      {problem && <p role="alert" className="mt-4 text-red-800">{problem}</p>}
      {!q && <p className="mt-4 text-slate-700">Search items, the full text of sources, quoted citations and the reasons given for changes.</p>}
      {results && total === 0 && <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">Nothing matches “{q}”.</p>}
      {results && results.items.length > 0 && (
        <section className={section} aria-labelledby="r-items">
          <h2 id="r-items" className={heading}>Items</h2>
          <ul className={list}>
            {results.items.map((hit) => (
              <li key={hit.id} className="p-3">
                <Link href={`/w/${slug}/items/${hit.id}`} className="font-medium text-blue-800 hover:underline">{hit.title}</Link>
                <span className="ml-2 text-xs text-slate-600">{kindLabel(hit.kind)}</span>
                <p className="mt-1 text-sm text-slate-800"><SnippetText snippet={hit.snippet} query={q} /></p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results && results.sources.length > 0 && (
        <section className={section} aria-labelledby="r-sources">
          <h2 id="r-sources" className={heading}>Sources</h2>
          <ul className={list}>
            {results.sources.map((hit) => (
              <li key={hit.id} className="p-3">
                <Link href={`/w/${slug}/sources/${hit.id}`} className="font-medium text-blue-800 hover:underline" lang={hit.language}>{hit.title}</Link>
                <p className="mt-1 text-sm text-slate-800" lang={hit.language}><SnippetText snippet={hit.snippet} query={q} /></p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results && results.citations.length > 0 && (
        <section className={section} aria-labelledby="r-citations">
          <h2 id="r-citations" className={heading}>Citations</h2>
          <ul className={list}>
            {results.citations.map((hit) => (
              <li key={hit.id} className="p-3">
                <blockquote className="text-sm text-slate-900">“<SnippetText snippet={hit.snippet} query={q} />”</blockquote>
                <p className="mt-1 text-xs text-slate-600">
                  cited for <Link href={`/w/${slug}/items/${hit.itemId}`} className="text-blue-800 hover:underline">{hit.title}</Link> ·{" "}
                  <Link href={`/w/${slug}/sources/${hit.sourceId}#citation-${hit.id}`} className="text-blue-800 hover:underline">in its source</Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results && results.changes.length > 0 && (
        <section className={section} aria-labelledby="r-changes">
          <h2 id="r-changes" className={heading}>Change reasons</h2>
          <ul className={list}>
            {results.changes.map((hit) => (
              <li key={hit.id} className="p-3">
                <p className="text-sm text-slate-900"><SnippetText snippet={hit.snippet} query={q} /></p>
                <p className="mt-1 text-xs text-slate-600">
                  {hit.itemId ? <Link href={`/w/${slug}/items/${hit.itemId}`} className="text-blue-800 hover:underline">{hit.title}</Link> : hit.title} ·{" "}
                  {formatRecordedAt(hit.recordedAt)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
