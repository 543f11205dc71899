import Link from "next/link";
import { LiveUpdatesProvider } from "@/components/live/live-updates";
import { SearchBox } from "@/components/search-box";
import { SignOutForm } from "@/components/sign-out-form";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { liveUpdatesStart } from "@/lib/live/event-stream";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}`);
  const workspaces = await listMyWorkspaces(actor);
  const current = workspaces.find((w) => w.slug === slug);
  // Not a member: the page itself answers "not found"; no live updates to start.
  const liveAfter = current ? await liveUpdatesStart(actor, slug) : null;
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        {/* On a phone the search, the new-item button and the account wrap onto a row of their own. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href={`/w/${slug}`} className="font-semibold text-blue-800">
            Policy Tracker
          </Link>
          <WorkspaceSwitcher current={current} workspaces={workspaces} />
          <nav aria-label="Workspace" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
            <Link href={`/w/${slug}`} className="hover:underline">
              Tracker
            </Link>
            <Link href={`/w/${slug}/timeline`} className="hover:underline">
              Timeline
            </Link>
            <Link href={`/w/${slug}/overview`} className="hover:underline">
              Overview
            </Link>
            <Link href={`/w/${slug}/sources`} className="hover:underline">
              Sources
            </Link>
            <Link href={`/w/${slug}/activity`} className="hover:underline">
              Activity
            </Link>
            <Link href={`/w/${slug}/members`} className="hover:underline">
              Members
            </Link>
            {current && can(current.role, "integrity.read") && (
              <Link href={`/w/${slug}/integrity`} className="hover:underline">
                Integrity
              </Link>
            )}
          </nav>
          <div className="flex w-full flex-wrap items-center gap-x-3 gap-y-2 text-sm md:ml-auto md:w-auto">
            <SearchBox slug={slug} />
            {current && can(current.role, "item.write") && (
              <Link href={`/w/${slug}/items/new`} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
                New item
              </Link>
            )}
            <span className="max-w-full truncate text-slate-700">
              {actor.name}
              {current && <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{current.role}</span>}
            </span>
            <SignOutForm />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {liveAfter === null ? (
          children
        ) : (
          <LiveUpdatesProvider slug={slug} after={liveAfter} selfId={actor.userId}>
            {children}
          </LiveUpdatesProvider>
        )}
      </main>
    </div>
  );
}
