import Link from "next/link";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { layoutTimeline } from "@/lib/tracking/timeline-layout";
import type { WorkspaceTimeline } from "@/lib/tracking/workspace-timeline";

/**
 * The timeline's facts as a table, for people who do not read the drawing: each item's statuses over its whole history
 * (not only the period drawn), the statuses announced ahead of taking effect, and its relations to the other rows.
 */
export function TimelineTable({ timeline, itemHref }: { timeline: WorkspaceTimeline; itemHref: (id: string) => string }) {
  const words = useWords();
  const numbers = new Map(timeline.items.map((item, index) => [item.id, index + 1]));
  const t = useTranslations("timeline.table");
  const until = timeline.query.recordedAt ? words.day(timeline.present) : words.today;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="timeline-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1.5">#</th>
            <th scope="col" className="px-2 py-1.5">{t("item")}</th>
            <th scope="col" className="px-2 py-1.5">{t("statuses")}</th>
            <th scope="col" className="px-2 py-1.5">{t("announced")}</th>
            <th scope="col" className="px-2 py-1.5">{t("relations")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {timeline.items.map((item, index) => {
            // The whole history, whatever period the drawing shows (the width only places labels, unused here).
            const layout = layoutTimeline(item.events, { today: timeline.present, width: 1000, label: (status) => words.status(item.kind, status) });
            const relations = timeline.relations.flatMap((relation) => {
              const outgoing = relation.fromItemId === item.id;
              if (!outgoing && relation.toItemId !== item.id) return [];
              const otherId = outgoing ? relation.toItemId : relation.fromItemId;
              const other = timeline.items.find((candidate) => candidate.id === otherId);
              return other ? [{ id: relation.id, label: words.relation(relation.type, outgoing ? "from" : "to"), other, number: numbers.get(otherId) }] : [];
            });
            return (
              <tr key={item.id}>
                <td className="px-2 py-1.5 text-slate-700">{index + 1}</td>
                <td className="px-2 py-1.5">
                  <Link href={itemHref(item.id)} className="font-medium text-blue-800 hover:underline">
                    {item.title}
                  </Link>
                  <span className="block text-xs text-slate-600">{words.kind(item.kind)}</span>
                </td>
                <td className="px-2 py-1.5">{layout ? layout.bands.map((band) => <span key={band.start.toISOString()} className="block">{words.band(band, until)}</span>) : t("noStatus")}</td>
                <td className="px-2 py-1.5">
                  {layout?.announcements.length
                    ? layout.announcements.map((mark) => <span key={mark.announcedOn.toISOString()} className="block">{words.comingText(item.kind, mark.previous, mark)}</span>)
                    : "—"}
                </td>
                <td className="px-2 py-1.5">
                  {relations.length
                    ? relations.map((relation) => (
                        <span key={relation.id} className="block">
                          {relation.label} {relation.number}. {relation.other.title}
                        </span>
                      ))
                    : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
