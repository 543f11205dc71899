import type { Metadata } from "next";
import Link from "next/link";
import { JurisdictionList } from "@/components/jurisdiction-list";
import { StatusBadge } from "@/components/status-badge";
import { TrackerFilters } from "@/components/tracker-filters";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatDay, formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { kindLabel } from "@/lib/tracking/kinds";
import { queryTracker } from "@/lib/tracking/query-tracker";
import { formatPartialDate } from "@/lib/tracking/partial-date";

export const metadata: Metadata = { title: "Tracker" };

/** Search params as single strings (repeated values joined), for building the next page's link. */
function flatten(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([key, value]) => key !== "cursor" && value !== undefined && value !== "")
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : (value as string)]),
  );
}

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
  const { rows: items, query, nextCursor } = await pageData(queryTracker(actor, slug, search));
  const filtered = Object.keys(flatten(search)).length > 0;
  const asOf = [
    query.recordedAt && `as recorded on ${formatDay(query.recordedAt)}`,
    query.validOn && `with the statuses in force on ${formatDay(query.validOn)}`,
  ].filter(Boolean);
  const nextHref = nextCursor && `/w/${slug}?${new URLSearchParams({ ...flatten(search), cursor: nextCursor })}`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Tracker</h1>
      <TrackerFilters slug={slug} query={query} />
      {asOf.length > 0 && (
        <p role="status" className="mt-4 rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-950">
          Showing the tracker {asOf.join(", ")}. <Link href={`/w/${slug}`} className="font-medium underline">Back to now</Link>
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          {filtered ? "No items match these filters." : "No tracked items yet."}
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Tracked items, most recently changed first</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Kind</th>
                <th scope="col" className="px-3 py-2 font-medium">Title</th>
                <th scope="col" className="px-3 py-2 font-medium">Jurisdictions</th>
                <th scope="col" className="px-3 py-2 font-medium">{asOf.length ? "Status then" : "Current status"}</th>
                <th scope="col" className="px-3 py-2 font-medium">Last change</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">{kindLabel(item.kind)}</td>
                  <td className="px-3 py-2">
                    <Link href={`/w/${slug}/items/${item.id}`} className="font-medium text-blue-800 hover:underline">
                      {item.title}
                    </Link>
                    <span className="ml-2 inline-flex gap-1">
                      {item.needsSource && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">No source yet</span>}
                      {item.hasDiscrepancy && <span className="rounded bg-purple-100 px-1.5 text-xs text-purple-900">Sources disagree</span>}
                    </span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <JurisdictionList codes={item.implementingJurisdictions} />
                    {item.affectedJurisdictions.length > 0 && (
                      <>
                        <span aria-label="affecting" className="mx-1 text-slate-500">→</span>
                        <JurisdictionList codes={item.affectedJurisdictions} />
                      </>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge kind={item.kind} status={item.status} />
                    {item.effectiveOn && item.precision && (
                      <span className="ml-2 whitespace-nowrap text-slate-700">since {formatPartialDate(item.effectiveOn, item.precision)}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-slate-700">
                    <span className="whitespace-nowrap">{formatRecordedAt(item.changedAt)}</span>
                    {item.changedBy && <span className="block text-xs text-slate-600">by {item.changedBy}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextHref && (
        <nav aria-label="Pages" className="mt-4 flex justify-end">
          <Link href={nextHref} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">Next page</Link>
        </nav>
      )}
    </>
  );
}
