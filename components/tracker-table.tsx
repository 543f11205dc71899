import { useTranslations } from "next-intl";
import { TrackerRows, type TrackerRowView } from "@/components/tracker-rows";
import { useWords } from "@/lib/i18n/use-words";
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
  /** Where an item's title leads, the item's id appended; without it titles are plain text (a shared view links nowhere). */
  itemBase?: string;
  /** Rows changed by someone else since the reader's last visit, marked as such. */
  changedSinceVisit?: ReadonlySet<string>;
};

const SLOT = "\u{E000}";

/**
 * A message with one value, formatted once and filled per row: next-intl formats each call anew, and the tracker asks
 * for two such messages per row (a tenth of its page's server time at 50 rows).
 */
function filler(format: (slot: string) => string): (value: string) => string {
  const parts = format(SLOT).split(SLOT);
  return (value) => parts.join(value);
}

/** Consecutive rows of one group (rows arrive ordered by group when the query groups them). */
function runs(rows: TrackerRowView[], keys: (string | undefined)[]): { key: string; rows: TrackerRowView[] }[] {
  const out: { key: string; rows: TrackerRowView[] }[] = [];
  rows.forEach((row, index) => {
    const key = keys[index] ?? "";
    const last = out[out.length - 1];
    if (last && last.key === key) last.rows.push(row);
    else out.push({ key, rows: [row] });
  });
  return out;
}

/** The tracker's table, with the query's columns and, when it groups, a heading row for each group. */
export function TrackerTable({ rows, columns, group, asOf, caption, itemBase, changedSinceVisit }: Props) {
  const words = useWords();
  const t = useTranslations("tracker.table");
  const q = useTranslations("query");
  const c = useTranslations("common");
  const since = filler((date) => t("since", { date }));
  const by = filler((name) => t("by", { name }));
  const views: TrackerRowView[] = rows.map((row) => ({
    id: row.id,
    kindLabel: words.kind(row.kind),
    title: row.title,
    needsSource: row.needsSource,
    hasDiscrepancy: row.hasDiscrepancy,
    sinceVisit: changedSinceVisit?.has(row.id) ?? false,
    implementing: row.implementingJurisdictions,
    affected: row.affectedJurisdictions,
    status: row.status,
    statusLabel: row.status ? words.status(row.kind, row.status) : c("noStatus"),
    since: row.effectiveOn && row.precision ? since(words.partialDate(row.effectiveOn, row.precision)) : null,
    next: row.next && words.comingText(row.kind, row.status, row.next),
    changedAt: words.recordedAt(row.changedAt),
    changedBy: row.changedBy ? by(row.changedBy) : null,
  }));
  const names = Object.fromEntries(rows.flatMap((row) => [...row.implementingJurisdictions, ...row.affectedJurisdictions]).map((code) => [code, words.jurisdiction(code)]));
  const labels = { noSource: t("noSource"), discrepancy: t("discrepancy"), sinceVisit: t("sinceVisit"), affecting: t("affecting") };
  const groups = group === "none" ? [{ key: "", rows: views }] : runs(views, rows.map((row) => row.groupKey));
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
            <TrackerRows rows={members} columns={columns} names={names} labels={labels} itemBase={itemBase} />
          </tbody>
        ))}
      </table>
    </div>
  );
}
