import type { Metadata } from "next";
import Link from "next/link";
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
import { formatCount, formatDay, formatRecordedAt } from "@/lib/format";
import { CHANGE_GROUPS } from "@/lib/history/change-types";
import { pageData } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { kindLabel } from "@/lib/tracking/kinds";
import { readStatusSeries, ZStatusSeriesInput } from "@/lib/tracking/statuses-over-time";
import { utcDay } from "@/lib/tracking/timeline-layout";
import { readWorkspaceOverview, ZOverviewInput } from "@/lib/tracking/workspace-overview";

export const metadata: Metadata = { title: "Overview" };

const day = (date: Date) => date.toISOString().slice(0, 10);
const link = "font-medium text-blue-800 hover:underline";
const section = "rounded-lg border border-slate-200 bg-white p-4";
const buttonLink = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";

/** A field's first message, shown under it. */
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
  const today = utcDay(new Date());
  const kept = (names: string[]) => Object.fromEntries(names.flatMap((name) => (values[name] ? [[name, values[name]]] : [])));
  const seriesQuery = new URLSearchParams(kept(["from", "to", "step"])).toString();
  const label = `Items by kind and status, ${formatDay(series.points[0] ?? series.from)} to ${formatDay(series.to)}, ${stepPhrase(series.months)}`;
  const totalChanges = overview.changes.reduce((sum, group) => sum + group.changes, 0);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Overview</h1>
        <p className="mt-1 text-slate-700">What changed lately, how the items&apos; statuses moved over time, and what still needs attention.</p>
      </div>

      <section aria-labelledby="changed" className={section} data-testid="changes-since">
        <div className="flex flex-wrap items-end gap-3">
          <h2 id="changed" className="text-lg font-semibold">
            What changed since {formatDay(overview.since)}
          </h2>
          <CleanGetForm action={`/w/${slug}/overview`} className="ml-auto flex flex-wrap items-end gap-2" aria-label="Changes since">
            {Object.entries(kept(["from", "to", "step"])).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <DateField id="since" name="since" label="Since" defaultValue={day(overview.since)} errors={errors.since} />
            <button type="submit" className={secondaryButtonClass}>
              Show
            </button>
          </CleanGetForm>
        </div>
        {overview.changes.length === 0 ? (
          <p className="mt-3 text-slate-700">Nothing was recorded since {formatDay(overview.since)}.</p>
        ) : (
          <>
            <p className="mt-2 text-sm text-slate-700">
              {formatCount(totalChanges)} {totalChanges === 1 ? "change" : "changes"}, by kind of change:
            </p>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {overview.changes.map((group) => (
                <li key={group.group} data-testid="change-group" data-group={group.group}>
                  <h3 className="font-medium">
                    {CHANGE_GROUPS[group.group]}: <span data-testid="change-count">{formatCount(group.changes)}</span>
                  </h3>
                  {group.entries.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-sm">
                      {group.entries.map((entry) => (
                        <li key={`${entry.itemId}/${entry.sourceId}`}>
                          <Link href={entry.itemId ? `/w/${slug}/items/${entry.itemId}` : `/w/${slug}/sources/${entry.sourceId}`} className={link}>
                            {entry.title ?? "Untitled"}
                          </Link>{" "}
                          <span className="text-slate-600">
                            ({entry.changes === 1 ? "1 change" : `${formatCount(entry.changes)} changes`}, last {formatRecordedAt(entry.lastAt)})
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <Link href={`/w/${slug}/activity?${new URLSearchParams({ from: day(overview.since), type: group.group })}`} className={`mt-1 inline-block text-sm ${link}`}>
                    See {group.changes === 1 ? "it" : "them"} in Activity
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
            Items by kind and status over time
          </h2>
          <div className="ml-auto flex flex-wrap gap-2">
            <a href={`/api/v1/workspaces/${slug}/statuses.svg${seriesQuery ? `?${seriesQuery}` : ""}`} className={buttonLink} download>
              Download SVG
            </a>
            <a href={`/api/v1/workspaces/${slug}/statuses.png${seriesQuery ? `?${seriesQuery}` : ""}`} className={buttonLink} download>
              Download PNG
            </a>
          </div>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          How many items (archived ones aside) were in each status on each day shown: {stepPhrase(series.months)} from {formatDay(series.points[0] ?? series.from)}, and{" "}
          {series.to.getTime() === today.getTime() ? "today" : formatDay(series.to)}. Items without a status yet on a day are not counted on it.
        </p>
        {series.coarsened && (
          <p role="status" className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            Shown with {stepPhrase(series.months)}: the step chosen would give more than 25 points.
          </p>
        )}
        <CleanGetForm action={`/w/${slug}/overview`} className="mt-3 flex flex-wrap items-end gap-3" aria-label="Period of the charts">
          {Object.entries(kept(["since"])).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <DateField id="series-from" name="from" label="From" defaultValue={errors.from ? "" : values.from} errors={errors.from} />
          <DateField id="series-to" name="to" label="To" defaultValue={errors.to ? "" : values.to} errors={errors.to} />
          <div>
            <label htmlFor="series-step" className="block text-xs font-medium text-slate-700">
              A point per
            </label>
            <select id="series-step" name="step" defaultValue={seriesCheck.success ? (values.step ?? "") : ""} className={inputClass}>
              <option value="">As many as fit</option>
              <option value="month">Month</option>
              <option value="quarter">Quarter</option>
              <option value="year">Year</option>
            </select>
            <FieldMessage id="series-step-error" errors={errors.step} />
          </div>
          <button type="submit" className={secondaryButtonClass}>
            Show
          </button>
        </CleanGetForm>
        {series.counts.length === 0 ? (
          <p className="mt-4 text-slate-700">No item had a status in this period.</p>
        ) : (
          <>
            <div className="mt-4 hidden sm:block [&>svg]:h-auto [&>svg]:w-full">
              <SvgView drawing={statusCountsDrawing(series, { width: 1000, label, today })} />
            </div>
            <div className="mt-4 sm:hidden [&>svg]:h-auto [&>svg]:w-full">
              <SvgView drawing={statusCountsDrawing(series, { width: 360, label, today })} />
            </div>
            <Disclosure summary="These numbers as tables" className="mt-4" testId="status-count-text">
              <StatusCountTables series={series} today={today} />
            </Disclosure>
          </>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="disagreements" className={section} data-testid="open-discrepancies">
          <h2 id="disagreements" className="text-lg font-semibold">
            Sources that disagree: <span data-testid="count">{formatCount(overview.discrepancies.total)}</span> open
          </h2>
          {overview.discrepancies.total === 0 ? (
            <p className="mt-2 text-slate-700">No open disagreements.</p>
          ) : (
            <>
              <ul className="mt-2 space-y-3 text-sm">
                {overview.discrepancies.rows.map((d) => (
                  <li key={d.id}>
                    <p>{d.note}</p>
                    <p className="text-slate-600">
                      {d.itemId && (
                        <>
                          About{" "}
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
                            {index > 0 && " and "}
                            <Link href={`/w/${slug}/sources/${id}`} className={link}>
                              {title}
                            </Link>
                          </span>
                        ) : null,
                      )}
                      {" · flagged "}
                      {formatRecordedAt(d.createdAt)}
                    </p>
                  </li>
                ))}
              </ul>
              <Link href={`/w/${slug}?discrepancy=1`} className={`mt-3 inline-block text-sm ${link}`}>
                Their items in the tracker
              </Link>
            </>
          )}
        </section>

        <section aria-labelledby="unsourced" className={section} data-testid="items-without-sources">
          <h2 id="unsourced" className="text-lg font-semibold">
            Items with a status not yet sourced: <span data-testid="count">{formatCount(overview.unsourced.total)}</span>
          </h2>
          {overview.unsourced.total === 0 ? (
            <p className="mt-2 text-slate-700">Every status in force is backed by a source.</p>
          ) : (
            <>
              <ul className="mt-2 space-y-1 text-sm">
                {overview.unsourced.rows.map((item) => (
                  <li key={item.id}>
                    <Link href={`/w/${slug}/items/${item.id}`} className={link}>
                      {item.title}
                    </Link>{" "}
                    <span className="text-slate-600">({kindLabel(item.kind)})</span>
                  </li>
                ))}
              </ul>
              {overview.unsourced.total > overview.unsourced.rows.length && (
                <p className="mt-2 text-sm text-slate-700">
                  The {formatCount(overview.unsourced.rows.length)} changed last of {formatCount(overview.unsourced.total)}.
                </p>
              )}
              <Link href={`/w/${slug}?noSource=1`} className={`mt-3 inline-block text-sm ${link}`}>
                All of them in the tracker
              </Link>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
