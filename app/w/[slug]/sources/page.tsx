import type { Metadata } from "next";
import Link from "next/link";
import { CleanGetForm } from "@/components/forms/clean-get-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { formatLanguage } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { querySources, SOURCE_SORTS } from "@/lib/sources/query-sources";
import { formatPartialDate } from "@/lib/tracking/partial-date";

export const metadata: Metadata = { title: "Sources" };

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function SourcesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/sources`);
  const search = await searchParams;
  const { access, rows, filter, hasNextPage, languages } = await pageData(querySources(actor, slug, search));
  const pageHref = (page: number) => {
    const query = new URLSearchParams(Object.entries(search).flatMap(([key, value]) => (value && key !== "page" ? [[key, value]] : [])));
    if (page > 1) query.set("page", String(page));
    return `/w/${slug}/sources${query.size ? `?${query}` : ""}`;
  };
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Sources</h1>
        {can(access.role, "source.write") && (
          <Link href={`/w/${slug}/sources/new`} className="ml-auto rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
            Add a source
          </Link>
        )}
      </div>
      <CleanGetForm action={`/w/${slug}/sources`} defaults={{ sort: "published" }} className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Source filters">
        <div className="min-w-48 flex-1">
          <label htmlFor="s-q" className="block text-xs font-medium text-slate-700">Title or publisher</label>
          <input id="s-q" name="q" defaultValue={filter.q ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="s-language" className="block text-xs font-medium text-slate-700">Language</label>
          <select id="s-language" name="language" defaultValue={filter.language ?? ""} className={input}>
            <option value="">Any</option>
            {languages.map((language) => <option key={language} value={language}>{formatLanguage(language)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="s-sort" className="block text-xs font-medium text-slate-700">Sort by</label>
          <select id="s-sort" name="sort" defaultValue={filter.sort} className={input}>
            {Object.entries(SOURCE_SORTS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-1.5 text-sm">
          <input type="checkbox" name="discrepancy" value="1" defaultChecked={Boolean(filter.discrepancy)} /> Disputed by another source
        </label>
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800">Apply</button>
      </CleanGetForm>
      {rows.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          {filter.page > 1 ? (
            <>
              This page is past the last source. <Link href={pageHref(1)} className="text-blue-800 underline">Go to the first page</Link>
            </>
          ) : Object.values(search).some(Boolean) ? (
            "No sources match these filters."
          ) : (
            "No sources yet. Add the first article you want to cite."
          )}
        </p>
      ) : (
        <div className="relative mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Sources in this workspace</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Title</th>
                <th scope="col" className="px-3 py-2 font-medium">Publisher</th>
                <th scope="col" className="px-3 py-2 font-medium">Published</th>
                <th scope="col" className="px-3 py-2 font-medium">Language</th>
                <th scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">Cited by</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((source) => (
                <tr key={source.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link href={`/w/${slug}/sources/${source.id}`} className="font-medium text-blue-800 hover:underline" lang={source.language}>{source.title}</Link>
                    {source.hasDiscrepancy && <span className="ml-2 rounded bg-purple-100 px-1.5 text-xs text-purple-900">Disputed</span>}
                  </td>
                  <td className="px-3 py-2 text-slate-700" lang={source.publisher ? source.language : undefined}>{source.publisher ?? "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                    {source.publishedOn && source.publishedPrecision ? formatPartialDate(source.publishedOn, source.publishedPrecision) : "Undated"}
                  </td>
                  <td className="px-3 py-2 text-slate-700">{formatLanguage(source.language)}</td>
                  <td className="px-3 py-2 text-right text-slate-700">{source.citedBy} {source.citedBy === 1 ? "item" : "items"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(filter.page > 1 || hasNextPage) && (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-end gap-3 text-sm">
          {filter.page > 1 && (
            <Link href={pageHref(filter.page - 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">Previous page</Link>
          )}
          <span className="text-slate-700">Page {filter.page}</span>
          {hasNextPage && (
            <Link href={pageHref(filter.page + 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">Next page</Link>
          )}
        </nav>
      )}
    </>
  );
}
