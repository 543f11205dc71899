"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { DiffRow } from "@/lib/history/describe-diff";
import { DiffRows } from "./diff-rows";

/**
 * A change record in words made by the server (ChangeList), so the browser shows exactly what the server rendered. The
 * entries are data rather than server-rendered markup for the reason tracker rows are (docs/decisions/031): a page
 * carries its server components' output twice, and an entry weighed about 1.8 kB of payload as markup.
 */
export type ChangeEntryView = {
  id: string;
  typeLabel: string;
  /** The kind of change (policy development or correction) for an item's change. */
  changeKind: { label: string; correction: boolean } | null;
  /** "Reverts #12" with the change it reverts; "Reverted by #15" with the change that reverted it. */
  reverts: { id: string; label: string } | null;
  revertedBy: { id: string; label: string } | null;
  actorName: string;
  /** ISO instant, and the same in words. */
  recordedAt: string;
  recordedAtText: string;
  /** What the change was made to, where the list names it (the activity page): its link and title. */
  subject: { label: string; href: string; title: string } | null;
  reason: string;
  rows: DiffRow[];
};

const badge = "rounded px-1.5 py-0.5 text-xs font-medium";

/** The entries, newest first; `actions` adds controls to an entry by its id (the item page's Revert). */
export function ChangeEntries({ entries, reasonLabel, actions }: { entries: ChangeEntryView[]; reasonLabel: string; actions?: Record<string, ReactNode> }) {
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} id={`change-${entry.id}`} className="rounded-lg border border-slate-200 bg-white p-4 target:ring-2 target:ring-blue-600" data-testid="change-entry">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium text-slate-900">{entry.typeLabel}</span>
            <span className="text-sm text-slate-600">#{entry.id}</span>
            {entry.changeKind && (
              <span className={`${badge} ${entry.changeKind.correction ? "bg-orange-100 text-orange-900" : "bg-slate-100 text-slate-700"}`}>{entry.changeKind.label}</span>
            )}
            {entry.reverts && (
              <a href={`#change-${entry.reverts.id}`} className={`${badge} bg-blue-50 text-blue-900 hover:underline`}>
                {entry.reverts.label}
              </a>
            )}
            {entry.revertedBy && (
              <a href={`#change-${entry.revertedBy.id}`} className={`${badge} bg-slate-200 text-slate-800 hover:underline`}>
                {entry.revertedBy.label}
              </a>
            )}
          </div>
          <p className="mt-0.5 text-sm text-slate-700">
            {entry.actorName} · <time dateTime={entry.recordedAt}>{entry.recordedAtText}</time>
          </p>
          {entry.subject && (
            <p className="mt-1 text-sm">
              <span className="text-slate-600">{entry.subject.label}</span>
              <Link href={entry.subject.href} className="font-medium text-blue-800 hover:underline">
                {entry.subject.title}
              </Link>
            </p>
          )}
          {entry.reason && (
            <p className="mt-1 text-sm text-slate-800">
              <span className="text-slate-600">{reasonLabel}</span>
              {entry.reason}
            </p>
          )}
          <DiffRows rows={entry.rows} />
          {actions?.[entry.id]}
        </li>
      ))}
    </ol>
  );
}
