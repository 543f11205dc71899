import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { stepPhrase } from "@/components/charts/headings";
import { statusCountsDrawing } from "@/components/charts/status-counts";
import { SvgView } from "@/components/charts/svg-view";
import { Disclosure } from "@/components/disclosure";
import { CleanGetForm } from "@/components/forms/clean-get-form";
import { DateField, FieldMessage } from "@/components/forms/date-field";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { StatusCountTables } from "@/components/overview/status-count-tables";
import { requirePageActor } from "@/lib/auth/current-actor";
import { isDomainError, zodFieldErrors, type FieldErrors } from "@/lib/errors";
import { pageData } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { getChartText } from "@/lib/i18n/server-words";
import { readStatusSeries, ZStatusSeriesInput } from "@/lib/tracking/statuses-over-time";
import { utcDay } from "@/lib/tracking/timeline-layout";
import { readWorkspaceOverview, ZOverviewInput } from "@/lib/tracking/workspace-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const link = "font-medium text-blue-800 hover:underline";
const section = "rounded-lg border border-slate-200 bg-white p-4";
const buttonLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";

export default async function OverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/overview`);
  const values = singleValues(await searchParams);
  // The address is user input: a bad date gets a message beside its field, and the default is shown meanwhile.
  const sinceCheck = ZOverviewInput.safeParse({ since: values.since });
  const seriesCheck = ZStatusSeriesInput.safeParse({ from: values.from, to: values.to, step: values.step });
  const errors: FieldErrors = {
    ...(sinceCheck.success ? {} : zodFieldErrors(sinceCheck.error)),
    ...(seriesCheck.success ? {} : zodFieldErrors(seriesCheck.error)),
  };
  const sinceInput = sinceCheck.success ? { since: values.since } : {};
  const seriesInput = seriesCheck.success ? { from: values.from, to: values.to, step: values.step } : {};
  // Checks that need the data (a day after today, a start after the end's default) are the domain's: their message goes
  // beside the field the same way, and the defaults are read instead.
  const orDefaults = <T,>(read: (input: Record<string, string | undefined>) => Promise<T>, input: Record<string, string | undefined>) =>
    read(input).catch((error: unknown) => {
      if (!isDomainError(error) || error.kind !== "invalid" || Object.keys(input).length === 0) throw error;
      Object.assign(errors, error.details.fields);
      return read({});
    });
  const [overview, series] = await pageData(
    Promise.all([orDefaults((input) => readWorkspaceOverview(actor, slug, input), sinceInput), orDefaults((input) => readStatusSeries(actor, slug, input), seriesInput)]),
  );
  const [t, text] = await Promise.all([getTranslations("overview"), getChartText()]);
  const { words } = text;
  const today = utcDay(new Date());
  const kept = (names: string[]) => Object.fromEntries(names.flatMap((name) => (values[name] ? [[name, values[name]]] : [])));
  // The files speak the page's language (the reader's choice, which their browser may not send).
  const seriesQuery = new URLSearchParams({ ...kept(["from", "to", "step"]), lang: words.locale }).toString();
  const label = t("seriesLabel", { from: words.day(series.points[0] ?? series.from), to: words.day(series.to), step: stepPhrase(text, series.months) });
  const totalChanges = overview.changes.reduce((sum, group) => sum + group.changes, 0);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>

      <section aria-labelledby="changed" className={section} data-testid="changes-since">
        <div className="flex flex-wrap items-end gap-3">
          <h2 id="changed" className="text-lg font-semibold">
            {t("changedSince", { date: words.day(overview.since) })}
          </h2>
          <CleanGetForm action={`/w/${slug}/overview`} className="ml-auto flex flex-wrap items-end gap-2" aria-label={t("changesSince")}>
            {Object.entries(kept(["from", "to", "step"])).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <DateField id="since" name="since" label={t("since")} defaultValue={day(overview.since)} errors={errors.since} />
            <button type="submit" className={secondaryButtonClass}>
              {t("show")}
            </button>
          </CleanGetForm>
        </div>
        {overview.changes.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("nothingSince", { date: words.day(overview.since) })}</p>
        ) : (
          <>
            <p className="mt-2 text-sm text-slate-700">
              {t("changesByKind", { count: totalChanges })}
            </p>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {overview.changes.map((group) => (
                <li key={group.group} data-testid="change-group" data-group={group.group}>
                  <h3 className="font-medium">
                    {words.changeGroup(group.group)}: <span data-testid="change-count">{words.count(group.changes)}</span>
                  </h3>
                  {group.entries.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-sm">
                      {group.entries.map((entry) => (
                        <li key={`${entry.itemId}/${entry.sourceId}`}>
                          <Link href={entry.itemId ? `/w/${slug}/items/${entry.itemId}` : `/w/${slug}/sources/${entry.sourceId}`} className={link}>
                            {entry.title ?? t("untitled")}
                          </Link>{" "}
                          <span className="text-slate-600">
                            {t("entryChanges", { count: entry.changes, last: words.recordedAt(entry.lastAt) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <Link href={`/w/${slug}/activity?${new URLSearchParams({ from: day(overview.since), type: group.group })}`} className={`mt-1 inline-block text-sm ${link}`}>
                    {t("seeInActivity", { count: group.changes })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="over-time" className={section} data-testid="statuses-over-time">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="over-time" className="text-lg font-semibold">
            {t("overTime")}
          </h2>
          <div className="ml-auto flex flex-wrap gap-2">
            <a href={`/api/v1/workspaces/${slug}/statuses.svg?${seriesQuery}`} className={buttonLink} download>
              {t("downloadSvg")}
            </a>
            <a href={`/api/v1/workspaces/${slug}/statuses.png?${seriesQuery}`} className={buttonLink} download>
              {t("downloadPng")}
            </a>
          </div>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {t("overTimeHint", { step: stepPhrase(text, series.months), from: words.day(series.points[0] ?? series.from), to: series.to.getTime() === today.getTime() ? words.today : words.day(series.to) })}
        </p>
        {series.coarsened && (
          <p role="status" className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {t("coarsened", { step: stepPhrase(text, series.months) })}
          </p>
        )}
        <CleanGetForm action={`/w/${slug}/overview`} className="mt-3 flex flex-wrap items-end gap-3" aria-label={t("seriesPeriod")}>
          {Object.entries(kept(["since"])).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <DateField id="series-from" name="from" label={t("from")} defaultValue={errors.from ? "" : values.from} errors={errors.from} />
          <DateField id="series-to" name="to" label={t("to")} defaultValue={errors.to ? "" : values.to} errors={errors.to} />
          <div>
            <label htmlFor="series-step" className="block text-xs font-medium text-slate-700">
              {t("pointPer")}
            </label>
            <select id="series-step" name="step" defaultValue={seriesCheck.success ? (values.step ?? "") : ""} className={inputClass}>
              <option value="">{t("steps.auto")}</option>
              <option value="month">{t("steps.month")}</option>
              <option value="quarter">{t("steps.quarter")}</option>
              <option value="year">{t("steps.year")}</option>
            </select>
            <FieldMessage id="series-step-error" errors={errors.step} />
          </div>
          <button type="submit" className={secondaryButtonClass}>
            {t("show")}
          </button>
        </CleanGetForm>
        {series.counts.length === 0 ? (
          <p className="mt-4 text-slate-700">{t("noSeries")}</p>
        ) : (
          <>
            <div className="mt-4 hidden sm:block [&>svg]:h-auto [&>svg]:w-full">
              <SvgView drawing={statusCountsDrawing(series, { width: 1000, label, today, text })} />
            </div>
            <div className="mt-4 sm:hidden [&>svg]:h-auto [&>svg]:w-full">
              <SvgView drawing={statusCountsDrawing(series, { width: 360, label, today, text })} />
            </div>
            <Disclosure summary={t("asTables")} className="mt-4" testId="status-count-text">
              <StatusCountTables series={series} today={today} text={text} />
            </Disclosure>
          </>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="disagreements" className={section} data-testid="open-discrepancies">
          <h2 id="disagreements" className="text-lg font-semibold">
            {t.rich("disagreeing", { count: overview.discrepancies.total, n: (chunks) => <span data-testid="count">{chunks}</span> })}
          </h2>
          {overview.discrepancies.total === 0 ? (
            <p className="mt-2 text-slate-700">{t("noDisagreements")}</p>
          ) : (
            <>
              <ul className="mt-2 space-y-3 text-sm">
                {overview.discrepancies.rows.map((d) => (
                  <li key={d.id}>
                    <p>{d.note}</p>
                    <p className="text-slate-600">
                      {d.itemId && (
                        <>
                          {t("about")}{" "}
                          <Link href={`/w/${slug}/items/${d.itemId}`} className={link}>
                            {d.itemTitle}
                          </Link>
                          {" · "}
                        </>
                      )}
                      {[
                        [d.sourceAId, d.sourceATitle],
                        [d.sourceBId, d.sourceBTitle],
                      ].map(([id, title], index) =>
                        id ? (
                          <span key={`${id}-${index}`}>
                            {index > 0 && t("and")}
                            <Link href={`/w/${slug}/sources/${id}`} className={link}>
                              {title}
                            </Link>
                          </span>
                        ) : null,
                      )}
                      {t("flagged", { date: words.recordedAt(d.createdAt) })}
                    </p>
                  </li>
                ))}
              </ul>
              <Link href={`/w/${slug}?discrepancy=1`} className={`mt-3 inline-block text-sm ${link}`}>
                {t("theirItems")}
              </Link>
            </>
          )}
        </section>

        <section aria-labelledby="unsourced" className={section} data-testid="items-without-sources">
          <h2 id="unsourced" className="text-lg font-semibold">
            {t.rich("unsourced", { count: overview.unsourced.total, n: (chunks) => <span data-testid="count">{chunks}</span> })}
          </h2>
          {overview.unsourced.total === 0 ? (
            <p className="mt-2 text-slate-700">{t("allSourced")}</p>
          ) : (
            <>
              <ul className="mt-2 space-y-1 text-sm">
                {overview.unsourced.rows.map((item) => (
                  <li key={item.id}>
                    <Link href={`/w/${slug}/items/${item.id}`} className={link}>
                      {item.title}
                    </Link>{" "}
                    <span className="text-slate-600">({words.kind(item.kind)})</span>
                  </li>
                ))}
              </ul>
              {overview.unsourced.total > overview.unsourced.rows.length && (
                <p className="mt-2 text-sm text-slate-700">
                  {t("unsourcedShown", { shown: overview.unsourced.rows.length, total: overview.unsourced.total })}
                </p>
              )}
              <Link href={`/w/${slug}?noSource=1`} className={`mt-3 inline-block text-sm ${link}`}>
                {t("allInTracker")}
              </Link>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
