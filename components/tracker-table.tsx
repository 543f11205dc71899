import Link from "next/link";
import { JurisdictionList } from "@/components/jurisdiction-list";
import { LiveMark } from "@/components/live/live-updates";
import { NextStatus } from "@/components/next-status";
import { StatusBadge } from "@/components/status-badge";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import type { Words } from "@/lib/i18n/words";
import type { TrackerRow } from "@/lib/tracking/query-tracker";
import { groupLabel } from "@/lib/views/describe-query";
import type { ColumnKey, GroupKey } from "@/lib/views/tracker-query";

/** A tracker row as the table shows it; a shared view leaves out who changed it. */
export type TrackerTableRow = Omit<TrackerRow, "changedById" | "changedBy" | "tags"> & { changedBy?: string | null };

type Props = {
  rows: TrackerTableRow[];
  columns: ColumnKey[];
  group: GroupKey;
  /** Whether the rows are as of other dates than now (the status column then reads "Status then"). */
  asOf: boolean;
  caption: string;
  /** Where an item's title leads; without it titles are plain text (a shared view links nowhere). */
  itemHref?: (id: string) => string;
  /** Rows changed by someone else since the reader's last visit, marked as such. */
  changedSinceVisit?: ReadonlySet<string>;
};

// Cell padding is set once on the table ([&_td], [&_th]) rather than on each cell: the tracker renders hundreds of
// cells, and every attribute is paid for in the HTML and again in the page's RSC payload.
type CellProps = { column: ColumnKey; row: TrackerTableRow; itemHref?: (id: string) => string; sinceVisit: boolean; words: Words; t: ReturnType<typeof useTranslations<"tracker.table">> };

function Cell({ column, row, itemHref, sinceVisit, words, t }: CellProps) {
  switch (column) {
    case "kind":
      return <td className="whitespace-nowrap text-slate-700">{words.kind(row.kind)}</td>;
    case "title":
      return (
        <td>
          {itemHref ? (
            <Link href={itemHref(row.id)} className="font-medium text-blue-800 hover:underline">{row.title}</Link>
          ) : (
            <span className="font-medium">{row.title}</span>
          )}
          {row.needsSource && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("noSource")}</span>}
          {row.hasDiscrepancy && <span className="ml-2 rounded bg-purple-100 px-1.5 text-xs text-purple-900">{t("discrepancy")}</span>}
          {sinceVisit && (
            <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-950" data-testid="since-visit">
              {t("sinceVisit")}
            </span>
          )}
          <LiveMark id={row.id} />
        </td>
      );
    case "jurisdictions":
      return (
        <td className="whitespace-nowrap">
          <JurisdictionList codes={row.implementingJurisdictions} />
          {row.affectedJurisdictions.length > 0 && (
            <>
              <span aria-label={t("affecting")} className="mx-1 text-slate-500">→</span>
              <JurisdictionList codes={row.affectedJurisdictions} />
            </>
          )}
        </td>
      );
    case "status":
      return (
        <td>
          <StatusBadge kind={row.kind} status={row.status} />
          {row.effectiveOn && row.precision && (
            <span className="ml-2 whitespace-nowrap text-slate-700">{t("since", { date: words.partialDate(row.effectiveOn, row.precision) })}</span>
          )}
          <NextStatus kind={row.kind} current={row.status} next={row.next} className="mt-1" />
        </td>
      );
    case "changed":
      return (
        <td className="text-slate-700">
          <span className="whitespace-nowrap">{words.recordedAt(row.changedAt)}</span>
          {row.changedBy && <span className="block text-xs text-slate-600">{t("by", { name: row.changedBy })}</span>}
        </td>
      );
  }
}

/** Consecutive rows of one group (rows arrive ordered by group when the query groups them). */
function runs(rows: TrackerTableRow[]): { key: string; rows: TrackerTableRow[] }[] {
  const out: { key: string; rows: TrackerTableRow[] }[] = [];
  for (const row of rows) {
    const key = row.groupKey ?? "";
    const last = out[out.length - 1];
    if (last && last.key === key) last.rows.push(row);
    else out.push({ key, rows: [row] });
  }
  return out;
}

/** The tracker's table, with the query's columns and, when it groups, a heading row for each group. */
export function TrackerTable({ rows, columns, group, asOf, caption, itemHref, changedSinceVisit }: Props) {
  const groups = group === "none" ? [{ key: "", rows }] : runs(rows);
  const words = useWords();
  const t = useTranslations("tracker.table");
  const q = useTranslations("query");
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="font-medium">
                {column === "status" ? (asOf ? t("statusThen") : t("currentStatus")) : q(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ key, rows: members }, index) => (
          <tbody key={`${index}:${key}`}>
            {group !== "none" && (
              <tr className="border-b border-slate-200 bg-slate-100">
                <th scope="colgroup" colSpan={columns.length} className="font-semibold text-slate-800">
                  {groupLabel({ t: q, words }, group, key)}
                </th>
              </tr>
            )}
            {members.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                {columns.map((column) => <Cell key={column} column={column} row={row} itemHref={itemHref} sinceVisit={changedSinceVisit?.has(row.id) ?? false} words={words} t={t} />)}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
