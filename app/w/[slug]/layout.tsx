import Link from "next/link";
import { SearchBox } from "@/components/search-box";
import { SignOutForm } from "@/components/sign-out-form";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}`);
  const workspaces = await listMyWorkspaces(actor);
  const current = workspaces.find((w) => w.slug === slug);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href={`/w/${slug}`} className="font-semibold text-blue-800">
            Policy Tracker
          </Link>
          <WorkspaceSwitcher current={current} workspaces={workspaces} />
          <nav aria-label="Workspace" className="flex gap-3 text-sm">
            <Link href={`/w/${slug}`} className="hover:underline">
              Tracker
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
            {current && can(current.role, "item.write") && (
              <Link href={`/w/${slug}/import`} className="hover:underline">
                Import
              </Link>
            )}
            <Link href={`/w/${slug}/settings/tokens`} className="hover:underline">
              API tokens
            </Link>
            {current && can(current.role, "integrity.read") && (
              <Link href={`/w/${slug}/integrity`} className="hover:underline">
                Integrity
              </Link>
            )}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <SearchBox slug={slug} />
            {current && can(current.role, "item.write") && (
              <Link href={`/w/${slug}/items/new`} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
                New item
              </Link>
            )}
            <span className="text-slate-700">
              {actor.name}
              {current && <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{current.role}</span>}
            </span>
            <SignOutForm />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
