"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Quotation } from "@/components/quotation";
import { StatusLabel } from "@/components/status-badge";

/**
 * A status event of an item's timeline in words made by the server (the item page), drawn here from data for the reason
 * change entries are (change-entries.tsx): as markup an event weighed about 2 kB of the page's payload.
 */
export type StatusEventView = {
  id: string;
  status: string;
  statusLabel: string;
  /** "17 March 2023", as precise as recorded; "announced 2 March 2023" when it was announced ahead. */
  effective: string;
  announced: string | null;
  note: string;
  citations: { id: string; excerpt: string; language: string; href: string; sourceTitle: string; publisher: string | null }[];
  /** "Recorded 6 Jan 2023, 05:55 UTC by Aiko Analyst". */
  recorded: string;
};

/** The events, in timeline order; `actions` adds controls to an event by its id (Add a citation). */
export function StatusEvents(props: { events: StatusEventView[]; label: string; noSource: string; actions?: Record<string, ReactNode> }) {
  const { events, label, noSource, actions } = props;
  return (
    <ol className="mt-4 space-y-4 border-l-2 border-slate-300 pl-6" aria-label={label}>
      {events.map((event) => (
        <li key={event.id} className="relative" data-testid="status-event">
          <span aria-hidden className="absolute top-1.5 -left-[31px] h-3 w-3 rounded-full border-2 border-white bg-blue-700" />
          <div className="flex flex-wrap items-baseline gap-2">
            <StatusLabel status={event.status} label={event.statusLabel} />
            <span className="font-medium">{event.effective}</span>
            {event.announced && <span className="text-sm text-slate-700">{event.announced}</span>}
          </div>
          {event.note && <p className="mt-1 text-sm text-slate-800">{event.note}</p>}
          {event.citations.length === 0 ? (
            <p className="mt-1 text-sm font-medium text-amber-800">{noSource}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {event.citations.map((citation) => (
                <li key={citation.id}>
                  <Quotation excerpt={citation.excerpt} language={citation.language}>
                    <Link href={citation.href} lang={citation.language} className="text-blue-800 hover:underline">
                      {citation.sourceTitle}
                    </Link>
                    {citation.publisher && `, ${citation.publisher}`}
                  </Quotation>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-1 text-xs text-slate-600">{event.recorded}</p>
          {actions?.[event.id]}
        </li>
      ))}
    </ol>
  );
}
