import type { Metadata } from "next";
import Link from "next/link";
import { JurisdictionList } from "@/components/jurisdiction-list";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { kindLabel } from "@/lib/tracking/kinds";
import { queryTracker } from "@/lib/tracking/query-tracker";
import { formatPartialDate } from "@/lib/tracking/partial-date";

export const metadata: Metadata = { title: "Tracker" };

export default async function TrackerPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}`);
  const { rows: items } = await pageData(queryTracker(actor, slug, await searchParams));
  return (
    <>
      <h1 className="text-2xl font-semibold">Tracker</h1>
      {items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          No tracked items yet.
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
                <th scope="col" className="px-3 py-2 font-medium">Current status</th>
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
    </>
  );
}
