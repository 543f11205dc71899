import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CleanGetForm } from "@/components/forms/clean-get-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { pageData } from "@/lib/http/page-data";
import { getWords } from "@/lib/i18n/server-words";
import { querySources, SOURCE_SORTS } from "@/lib/sources/query-sources";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("title") };
}

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
  const [{ access, rows, filter, hasNextPage, languages }, t, words] = await Promise.all([pageData(querySources(actor, slug, search)), getTranslations("sources"), getWords()]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(Object.entries(search).flatMap(([key, value]) => (value && key !== "page" ? [[key, value]] : [])));
    if (page > 1) query.set("page", String(page));
    return `/w/${slug}/sources${query.size ? `?${query}` : ""}`;
  };
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {can(access.role, "source.write") && (
          <Link href={`/w/${slug}/sources/new`} className="ml-auto rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
            {t("add")}
          </Link>
        )}
      </div>
      <CleanGetForm action={`/w/${slug}/sources`} defaults={{ sort: "published" }} className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters")}>
        <div className="min-w-48 flex-1">
          <label htmlFor="s-q" className="block text-xs font-medium text-slate-700">{t("q")}</label>
          <input id="s-q" name="q" defaultValue={filter.q ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="s-language" className="block text-xs font-medium text-slate-700">{t("language")}</label>
          <select id="s-language" name="language" defaultValue={filter.language ?? ""} className={input}>
            <option value="">{t("anyLanguage")}</option>
            {languages.map((language) => <option key={language} value={language}>{words.language(language)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="s-sort" className="block text-xs font-medium text-slate-700">{t("sortBy")}</label>
          <select id="s-sort" name="sort" defaultValue={filter.sort} className={input}>
            {SOURCE_SORTS.map((value) => <option key={value} value={value}>{t(`sorts.${value}`)}</option>)}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-1.5 text-sm">
          <input type="checkbox" name="discrepancy" value="1" defaultChecked={Boolean(filter.discrepancy)} /> {t("disputedFilter")}
        </label>
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("apply")}</button>
      </CleanGetForm>
      {rows.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          {filter.page > 1 ? (
            <>
              {t("pastLast")} <Link href={pageHref(1)} className="text-blue-800 underline">{t("firstPage")}</Link>
            </>
          ) : Object.values(search).some(Boolean) ? (
            t("noMatch")
          ) : (
            t("none")
          )}
        </p>
      ) : (
        <div className="relative mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("columns.title")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("columns.publisher")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("columns.published")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("columns.language")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("columns.citedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((source) => (
                <tr key={source.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link href={`/w/${slug}/sources/${source.id}`} className="font-medium text-blue-800 hover:underline" lang={source.language}>{source.title}</Link>
                    {source.hasDiscrepancy && <span className="ml-2 rounded bg-purple-100 px-1.5 text-xs text-purple-900">{t("disputed")}</span>}
                  </td>
                  <td className="px-3 py-2 text-slate-700" lang={source.publisher ? source.language : undefined}>{source.publisher ?? "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                    {source.publishedOn && source.publishedPrecision ? words.partialDate(source.publishedOn, source.publishedPrecision) : t("undated")}
                  </td>
                  <td className="px-3 py-2 text-slate-700">{words.language(source.language)}</td>
                  <td className="px-3 py-2 text-right text-slate-700">{t("citedBy", { count: source.citedBy })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(filter.page > 1 || hasNextPage) && (
        <nav aria-label={t("pages")} className="mt-4 flex items-center justify-end gap-3 text-sm">
          {filter.page > 1 && (
            <Link href={pageHref(filter.page - 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">{t("previous")}</Link>
          )}
          <span className="text-slate-700">{t("pageNumber", { page: filter.page })}</span>
          {hasNextPage && (
            <Link href={pageHref(filter.page + 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">{t("next")}</Link>
          )}
        </nav>
      )}
    </>
  );
}
