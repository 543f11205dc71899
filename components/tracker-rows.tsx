"use client";

import Link from "next/link";
import { JurisdictionList } from "@/components/jurisdiction-list";
import { LiveMark } from "@/components/live/live-updates";
import { NextStatus } from "@/components/next-status";
import { StatusLabel } from "@/components/status-badge";
import type { ColumnKey } from "@/lib/views/tracker-query";

/**
 * A tracker row in words made by the server (TrackerTable), so the browser shows exactly what the server rendered. Rows
 * are data rather than server-rendered markup because a page carries its server components' output twice, as HTML and
 * again in its RSC payload: as markup a row weighed about 1.7 kB of payload, as data about a quarter of that.
 */
export type TrackerRowView = {
  id: string;
  /** The kind's name. */
  kindLabel: string;
  title: string;
  needsSource: boolean;
  hasDiscrepancy: boolean;
  sinceVisit: boolean;
  implementing: string[];
  affected: string[];
  status: string | null;
  /** The status's name, or "No status". */
  statusLabel: string;
  /** "since 17 March 2023". */
  since: string | null;
  /** The next status already announced, in words. */
  next: string | null;
  changedAt: string;
  /** "by Aiko Analyst"; null when a shared view leaves it out or the change was the system's. */
  changedBy: string | null;
};

/** The table's words that every row may show, given once. */
export type TrackerRowLabels = { noSource: string; discrepancy: string; sinceVisit: string; affecting: string };

type Props = {
  rows: TrackerRowView[];
  columns: ColumnKey[];
  /** The names of the jurisdictions the rows name, by code. */
  names: Record<string, string>;
  labels: TrackerRowLabels;
  /** Where an item's title leads (its id appended); without it titles are plain text (a shared view links nowhere). */
  itemBase?: string;
};

// Cell padding is set once on the table ([&_td], [&_th]) rather than on each cell: the tracker renders hundreds of
// cells, and every attribute is paid for in the HTML.
function Cell({ column, row, names, labels, itemBase }: { column: ColumnKey; row: TrackerRowView } & Omit<Props, "rows" | "columns">) {
  const nameOf = (code: string) => names[code] ?? code;
  switch (column) {
    case "kind":
      return <td className="whitespace-nowrap text-slate-700">{row.kindLabel}</td>;
    case "title":
      return (
        <td>
          {itemBase !== undefined ? (
            <Link href={`${itemBase}${row.id}`} className="font-medium text-blue-800 hover:underline">{row.title}</Link>
          ) : (
            <span className="font-medium">{row.title}</span>
          )}
          {row.needsSource && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{labels.noSource}</span>}
          {row.hasDiscrepancy && <span className="ml-2 rounded bg-purple-100 px-1.5 text-xs text-purple-900">{labels.discrepancy}</span>}
          {row.sinceVisit && (
            <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-950" data-testid="since-visit">
              {labels.sinceVisit}
            </span>
          )}
          <LiveMark id={row.id} />
        </td>
      );
    case "jurisdictions":
      return (
        <td className="whitespace-nowrap">
          <JurisdictionList codes={row.implementing} nameOf={nameOf} />
          {row.affected.length > 0 && (
            <>
              <span aria-label={labels.affecting} className="mx-1 text-slate-500">→</span>
              <JurisdictionList codes={row.affected} nameOf={nameOf} />
            </>
          )}
        </td>
      );
    case "status":
      return (
        <td>
          <StatusLabel status={row.status} label={row.statusLabel} />
          {row.since && <span className="ml-2 whitespace-nowrap text-slate-700">{row.since}</span>}
          {row.next && <NextStatus text={row.next} className="mt-1" />}
        </td>
      );
    case "changed":
      return (
        <td className="text-slate-700">
          <span className="whitespace-nowrap">{row.changedAt}</span>
          {row.changedBy && <span className="block text-xs text-slate-600">{row.changedBy}</span>}
        </td>
      );
  }
}

/** The rows of one group of the tracker's table. */
export function TrackerRows({ rows, columns, ...shared }: Props) {
  return rows.map((row) => (
    <tr key={row.id} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
      {columns.map((column) => <Cell key={column} column={column} row={row} {...shared} />)}
    </tr>
  ));
}
