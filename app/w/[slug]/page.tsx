import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AsOfBanner } from "@/components/as-of-banner";
import { BadFilters } from "@/components/bad-filters";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TrackerFilters } from "@/components/tracker-filters";
import { Pager } from "@/components/pager";
import { TrackerTable } from "@/components/tracker-table";
import { SaveViewForm, UpdateViewButton } from "@/components/view-forms";
import { ViewsSidebar } from "@/components/views-sidebar";
import { requirePageActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { pageDataOrInvalid } from "@/lib/http/page-data";
import { getWords } from "@/lib/i18n/server-words";
import { queryTracker } from "@/lib/tracking/query-tracker";
import { trackerVisit } from "@/lib/tracking/tracker-visit";
import { getView } from "@/lib/views/get-view";
import { listViews } from "@/lib/views/list-views";
import { trackerHref } from "@/lib/views/tracker-href";
import { trackerParams, ZTrackerQuery } from "@/lib/views/tracker-query";
import { saveViewAction, updateViewQueryAction } from "./views/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracker"))("title") };
}

/** The saved view named by `?view=`, if the reader can still see it (it may have been deleted since). */
async function openedView(actor: Actor, slug: string, viewId: string | string[] | undefined) {
  if (typeof viewId !== "string") return null;
  try {
    return await getView(actor, slug, viewId);
  } catch (error) {
    if (isDomainError(error) && error.kind === "not_found") return null;
    throw error;
  }
}

const exportLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";

export default async function TrackerPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}`);
  const search = await searchParams;
  const read = await pageDataOrInvalid(
    Promise.all([queryTracker(actor, slug, search, { count: true }), listViews(actor, slug), openedView(actor, slug, search.view), trackerVisit(actor, slug)]),
  );
  // Filters in the address that are not valid (edited by hand, an old link) are named, with the way back to every item.
  if (!read.data) {
    return (
      <>
        <h1 className="text-2xl font-semibold">{(await getTranslations("tracker"))("title")}</h1>
        <BadFilters errors={read.invalid} href={`/w/${slug}`} />
      </>
    );
  }
  const [{ rows: items, query, nextCursor, prevCursor, position, historyBegins }, views, opened, lastVisit] = read.data;
  // Rows someone else changed since the reader's previous visit (not while looking back in time).
  const changedSinceVisit = new Set(
    lastVisit && !query.recordedAt ? items.filter((row) => row.changedAt > lastVisit && row.changedById !== actor.userId).map((row) => row.id) : [],
  );
  const [t, words] = await Promise.all([getTranslations("tracker"), getWords()]);
  const canonical = trackerParams(query);
  const current = new URLSearchParams(canonical).toString();
  // Links carry only what is set: the canonical query, the opened view, a page size other than the default.
  const extra = { ...(opened && { view: opened.view.id }), ...(query.limit !== ZTrackerQuery.shape.limit.parse(undefined) && { limit: String(query.limit) }) };
  const pageHref = (cursor: string | undefined) => cursor && trackerHref(slug, canonical, { ...extra, cursor });
  const viewChanged = opened !== null && new URLSearchParams(opened.view.query).toString() !== current;
  return (
    <ClientMessages namespaces={["views"]}>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <Link href={`/w/${slug}/timeline${current ? `?${current}` : ""}`} className={exportLink}>{t("timeline")}</Link>
          <a href={`/api/v1/workspaces/${slug}/export.csv?${current}`} className={exportLink}>{t("exportCsv")}</a>
          <a href={`/api/v1/workspaces/${slug}/export.json?${current}`} className={exportLink}>{t("exportJson")}</a>
          <SaveViewForm slug={slug} params={canonical} canShare={views.canShare} action={saveViewAction} />
        </div>
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <ViewsSidebar slug={slug} team={views.team} mine={views.mine} currentId={opened?.view.id} />
        <div className="min-w-0">
          {opened && (
            <p className="flex flex-wrap items-center gap-x-2 rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm">
              <span className="font-semibold">{opened.view.name}</span>
              <span className="text-slate-600">
                {opened.view.visibility === "team" ? (opened.view.owner ? t("opened.teamBy", { name: opened.view.owner }) : t("opened.team")) : t("opened.personal")}
              </span>
              <Link href={`/w/${slug}/views/${opened.view.id}`} className="ml-auto font-medium text-blue-800 hover:underline">
                {opened.canManage ? t("opened.manage") : t("opened.details")}
              </Link>
            </p>
          )}
          {opened && viewChanged && (
            <div className="mt-2 flex flex-wrap items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-950">
              <p>{t("opened.differs")}</p>
              {opened.canManage && <UpdateViewButton slug={slug} viewId={opened.view.id} name={opened.view.name} params={canonical} action={updateViewQueryAction} />}
            </div>
          )}
          <TrackerFilters slug={slug} query={query} viewId={opened?.view.id} />
          <AsOfBanner query={query} subject="tracker" nowHref={`/w/${slug}`} />
          {items.length === 0 ? (
            <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
              {historyBegins && query.recordedAt
                ? t("empty.beforeHistory", { date: words.recordedAt(query.recordedAt), begins: words.recordedAt(historyBegins) })
                : position.first > 1
                  ? t("empty.noMore")
                  : current
                    ? t("empty.noMatch")
                    : t("empty.none")}
            </p>
          ) : (
            <div className="mt-4">
              <TrackerTable
                rows={items}
                columns={query.columns}
                group={query.group}
                asOf={Boolean(query.validOn || query.recordedAt)}
                caption={t("caption")}
                itemBase={`/w/${slug}/items/`}
                changedSinceVisit={changedSinceVisit}
              />
            </div>
          )}
          <Pager position={position} prevHref={pageHref(prevCursor)} nextHref={pageHref(nextCursor)} />
        </div>
      </div>
    </ClientMessages>
  );
}
