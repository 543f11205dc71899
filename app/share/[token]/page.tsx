import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AsOfBanner } from "@/components/as-of-banner";
import { ShareShell } from "@/components/share-shell";
import { TrackerTable } from "@/components/tracker-table";
import { formatRecordedAt } from "@/lib/format";
import { requestClient } from "@/lib/http/request-client";
import { describeQuery } from "@/lib/views/describe-query";
import { openSharedView } from "@/lib/views/open-shared-view";

export const metadata: Metadata = { title: "Shared view", robots: { index: false, follow: false }, referrer: "no-referrer" };

/**
 * A saved view for anyone holding the link, signed in or not. The token is the only authorization: it opens this view
 * read-only, and the page shows nothing else of the workspace (no item pages, no names of its members).
 */
export default async function SharedViewPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ cursor?: string | string[] }> }) {
  const { token } = await params;
  const { cursor } = await searchParams;
  const shared = await openSharedView(token, await requestClient(), { cursor: typeof cursor === "string" ? cursor : undefined });
  // Expired, revoked and unknown links answer 404; not-found.tsx says which.
  if (shared.state !== "open") notFound();
  const { name, query, rows, nextCursor, pinned, expiresAt } = shared;
  const filters = describeQuery(query);
  return (
    <ShareShell>
      <h1 className="text-2xl font-semibold">{name}</h1>
      <ul aria-label="What this view shows" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {filters.map(({ label, value }) => (
          <li key={label}><span className="text-slate-600">{label}:</span> {value}</li>
        ))}
      </ul>
      <AsOfBanner query={query} subject="this view" />
      {pinned && <p className="mt-2 text-sm text-slate-700">The dates are fixed for this link: later changes to the tracker do not show here.</p>}
      {rows.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">No items match this view.</p>
      ) : (
        <div className="mt-4">
          <TrackerTable rows={rows} columns={query.columns} group={query.group} asOf={Boolean(query.validOn || query.recordedAt)} caption={`Items of the shared view ${name}`} />
        </div>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <p>This link works until {formatRecordedAt(expiresAt)}.</p>
        {nextCursor && (
          <nav aria-label="Pages" className="ml-auto">
            <Link href={`/share/${token}?${new URLSearchParams({ cursor: nextCursor })}`} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-slate-900 hover:bg-slate-100">
              Next page
            </Link>
          </nav>
        )}
      </div>
    </ShareShell>
  );
}
