import type { Metadata } from "next";
import Link from "next/link";
import { JurisdictionList } from "@/components/jurisdiction-list";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { getItem } from "@/lib/tracking/get-item";
import { kindLabel } from "@/lib/tracking/kinds";
import { formatPartialDate } from "@/lib/tracking/partial-date";

export const metadata: Metadata = { title: "Item" };

const RELATION_LABELS = {
  reverses: ["Reverses", "Reversed by"],
  retaliates_against: ["Retaliates against", "Retaliated against by"],
  supersedes: ["Supersedes", "Superseded by"],
  disputed_in: ["Disputed in", "Disputes"],
  related_to: ["Related to", "Related to"],
} as const;

export default async function ItemPage({ params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const { slug, itemId } = await params;
  const actor = await requirePageActor(`/w/${slug}/items/${itemId}`);
  const { item, discrepancies } = await pageData(getItem(actor, slug, itemId));
  const relations = [
    ...item.relationsFrom.map((r) => ({ id: r.id, label: RELATION_LABELS[r.type][0], other: r.toItem, note: r.note })),
    ...item.relationsTo.map((r) => ({ id: r.id, label: RELATION_LABELS[r.type][1], other: r.fromItem, note: r.note })),
  ];
  return (
    <article>
      <p className="text-sm text-slate-700">
        <Link href={`/w/${slug}`} className="hover:underline">Tracker</Link> / {kindLabel(item.kind)}
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{item.title}</h1>
      {item.summary && <p className="mt-2 max-w-3xl text-slate-800">{item.summary}</p>}
      <dl className="mt-4 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-600">Current status</dt>
        <dd>
          <StatusBadge kind={item.kind} status={item.currentStatus} />
          {item.currentEffectiveOn && item.currentPrecision && <span className="ml-2">since {formatPartialDate(item.currentEffectiveOn, item.currentPrecision)}</span>}
        </dd>
        <dt className="text-slate-600">Implemented by</dt>
        <dd><JurisdictionList codes={item.implementingJurisdictions} /></dd>
        <dt className="text-slate-600">Affects</dt>
        <dd><JurisdictionList codes={item.affectedJurisdictions} /></dd>
        <dt className="text-slate-600">Tags</dt>
        <dd>{item.tags.length ? item.tags.join(", ") : "—"}</dd>
      </dl>

      {discrepancies.length > 0 && (
        <section aria-labelledby="discrepancies" className="mt-6 max-w-3xl rounded border border-purple-200 bg-purple-50 p-4">
          <h2 id="discrepancies" className="font-semibold text-purple-900">Sources disagree</h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-purple-950">
            {discrepancies.map((d) => <li key={d.id}>{d.note}</li>)}
          </ul>
        </section>
      )}

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="text-lg font-semibold">Status timeline</h2>
        {item.statusEvents.length === 0 ? (
          <p className="mt-2 text-slate-700">No status recorded yet.</p>
        ) : (
          <ol className="mt-3 space-y-4 border-l-2 border-slate-300 pl-6">
            {item.statusEvents.map((event) => (
              <li key={event.id} className="relative">
                <span aria-hidden className="absolute top-1.5 -left-[31px] h-3 w-3 rounded-full border-2 border-white bg-blue-700" />
                <div className="flex flex-wrap items-baseline gap-2">
                  <StatusBadge kind={item.kind} status={event.status} />
                  <span className="font-medium">{formatPartialDate(event.effectiveOn, event.precision)}</span>
                  {event.announcedOn && event.announcedPrecision && (
                    <span className="text-sm text-slate-700">announced {formatPartialDate(event.announcedOn, event.announcedPrecision)}</span>
                  )}
                </div>
                {event.note && <p className="mt-1 text-sm text-slate-800">{event.note}</p>}
                {event.citations.length === 0 ? (
                  <p className="mt-1 text-sm font-medium text-amber-800">No source yet</p>
                ) : (
                  <ul className="mt-2 space-y-2">
                    {event.citations.map((citation) => (
                      <li key={citation.id}>
                        <figure className="rounded border-l-4 border-slate-300 bg-white px-3 py-2 text-sm">
                          <blockquote className="text-slate-900">{citation.excerpt}</blockquote>
                          <figcaption className="mt-1 text-slate-600">
                            —{" "}
                            <Link href={`/w/${slug}/sources/${citation.source.id}#citation-${citation.id}`} className="text-blue-800 hover:underline">
                              {citation.source.title}
                            </Link>
                            {citation.source.publisher && `, ${citation.source.publisher}`}
                          </figcaption>
                        </figure>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="mt-1 text-xs text-slate-600">Recorded {formatRecordedAt(event.recordedAt)} by {event.recordedBy}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="relations" className="mt-8">
        <h2 id="relations" className="text-lg font-semibold">Related items</h2>
        {relations.length === 0 ? (
          <p className="mt-2 text-slate-700">No related items.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {relations.map((r) => (
              <li key={r.id}>
                <span className="text-slate-700">{r.label}</span>{" "}
                <Link href={`/w/${slug}/items/${r.other.id}`} className="text-blue-800 hover:underline">{r.other.title}</Link>
                {r.note && <span className="text-slate-600"> — {r.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
