import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AsOfBanner } from "@/components/as-of-banner";
import { BadFilters } from "@/components/bad-filters";
import { filtersLine, itemsLine, periodLine } from "@/components/charts/headings";
import { SvgView } from "@/components/charts/svg-view";
import { workspaceTimelineDrawing } from "@/components/charts/workspace-timeline";
import { Disclosure } from "@/components/disclosure";
import { PeriodControls } from "@/components/timeline/period-controls";
import { TimelineTable } from "@/components/timeline/timeline-table";
import { requirePageActor } from "@/lib/auth/current-actor";
import { zodFieldErrors, type FieldErrors } from "@/lib/errors";
import { getChartText } from "@/lib/i18n/server-words";
import { pageDataOrInvalid } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { periodShown } from "@/lib/tracking/timeline-layout";
import { readWorkspaceTimeline, TIMELINE_ROW_LIMIT, ZTimelinePeriod } from "@/lib/tracking/workspace-timeline";
import { trackerHref } from "@/lib/views/tracker-href";
import { trackerParams } from "@/lib/views/tracker-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

const buttonLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";

export default async function TimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/timeline`);
  const search = await searchParams;
  // A bad period gets a message beside its fields, and the whole history is drawn meanwhile.
  const single = singleValues(search);
  const periodCheck = ZTimelinePeriod.safeParse({ from: single.from, to: single.to });
  const periodErrors: FieldErrors = periodCheck.success ? {} : zodFieldErrors(periodCheck.error);
  const input = { ...search, from: periodCheck.success ? single.from : undefined, to: periodCheck.success ? single.to : undefined };
  // Bad tracker filters (an edited address) get a message rather than an error page.
  const [t, text] = await Promise.all([getTranslations("timeline"), getChartText()]);
  const { data: timeline, invalid } = await pageDataOrInvalid(readWorkspaceTimeline(actor, slug, input));
  if (!timeline) {
    return (
      <div className="max-w-5xl">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <BadFilters errors={invalid} href={`/w/${slug}/timeline`} />
      </div>
    );
  }

  const canonical = trackerParams(timeline.query);
  const period = { ...(timeline.period.from && { from: timeline.period.from.toISOString().slice(0, 10) }), ...(timeline.period.to && { to: timeline.period.to.toISOString().slice(0, 10) }) };
  // The files speak the page's language (the reader's choice, which their browser may not send).
  const exportQuery = new URLSearchParams({ ...canonical, ...period, lang: text.words.locale }).toString();
  const shown = periodShown(
    timeline.items.map((item) => item.events),
    timeline.period,
    timeline.present,
  );
  const itemHref = (id: string) => `/w/${slug}/items/${id}`;
  const label = t("label", { items: itemsLine(text, timeline), period: periodLine(text, shown) });
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <Link href={trackerHref(slug, canonical)} className={buttonLink}>
            {t("openInTracker")}
          </Link>
          <a href={`/api/v1/workspaces/${slug}/timeline.svg?${exportQuery}`} className={buttonLink} download>
            {t("downloadSvg")}
          </a>
          <a href={`/api/v1/workspaces/${slug}/timeline.png?${exportQuery}`} className={buttonLink} download>
            {t("downloadPng")}
          </a>
        </div>
      </div>
      <p className="mt-1 max-w-3xl text-slate-700">
        {t.rich("intro", { strong: (chunks) => <span className="font-medium">{chunks}</span> })}
      </p>
      <p className="mt-2 text-sm text-slate-700" data-testid="timeline-filters">
        {filtersLine(text, timeline.query)}
      </p>
      <AsOfBanner query={timeline.query} subject="timeline" nowHref={`/w/${slug}/timeline`} />
      <PeriodControls action={`/w/${slug}/timeline`} params={canonical} shown={shown} present={timeline.present} period={timeline.period} errors={periodErrors} />
      {timeline.truncated && (
        <p role="status" className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("truncated", { items: itemsLine(text, timeline), limit: TIMELINE_ROW_LIMIT })}
        </p>
      )}
      {timeline.items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          {Object.keys(canonical).length ? t("noMatch") : t("none")}
        </p>
      ) : (
        <>
          <figure className="mt-4 rounded-lg border border-slate-200 bg-white p-3">
            <figcaption className="mb-2 text-sm text-slate-700">
              {t("caption", { items: itemsLine(text, timeline), period: periodLine(text, shown) })}
              {timeline.relationsOutside > 0 && ` · ${t("relationsOutside", { count: timeline.relationsOutside })}`}
            </figcaption>
            {/* Two layouts rather than one scaled drawing, so titles stay readable on a phone; only one is displayed. */}
            <div className="hidden sm:block [&>svg]:h-auto [&>svg]:w-full">
              <SvgView drawing={workspaceTimelineDrawing(timeline, { id: "timeline-wide", width: 1100, label, itemHref, text })} />
            </div>
            <div className="sm:hidden [&>svg]:h-auto [&>svg]:w-full">
              <SvgView drawing={workspaceTimelineDrawing(timeline, { id: "timeline-narrow", width: 360, label, itemHref, text })} />
            </div>
          </figure>
          <Disclosure summary={t("asTable")} className="mt-4" testId="timeline-text">
            <TimelineTable timeline={timeline} itemHref={itemHref} />
          </Disclosure>
        </>
      )}
    </div>
  );
}
