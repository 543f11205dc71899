import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { LiveUpdatesProvider } from "@/components/live/live-updates";
import { SearchBox } from "@/components/search-box";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { liveUpdatesStart } from "@/lib/live/event-stream";
import { unreadCount } from "@/lib/notifications/unread-count";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}`);
  const workspaces = await listMyWorkspaces(actor);
  const current = workspaces.find((w) => w.slug === slug);
  // Not a member: the page itself answers "not found"; no live updates to start.
  const [liveAfter, unread, t] = await Promise.all([current ? liveUpdatesStart(actor, slug) : null, unreadCount(actor.userId), getTranslations("app.nav")]);
  const nav = (
    <nav aria-label={t("label")} className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      <Link href={`/w/${slug}`} className="hover:underline">
        {t("tracker")}
      </Link>
      <Link href={`/w/${slug}/timeline`} className="hover:underline">
        {t("timeline")}
      </Link>
      <Link href={`/w/${slug}/overview`} className="hover:underline">
        {t("overview")}
      </Link>
      <Link href={`/w/${slug}/sources`} className="hover:underline">
        {t("sources")}
      </Link>
      <Link href={`/w/${slug}/activity`} className="hover:underline">
        {t("activity")}
      </Link>
      <Link href={`/w/${slug}/members`} className="hover:underline">
        {t("members")}
      </Link>
      {current && can(current.role, "item.write") && (
        <Link href={`/w/${slug}/import`} className="hover:underline">
          {t("import")}
        </Link>
      )}
      <Link href={`/w/${slug}/settings/tokens`} className="hover:underline">
        {t("tokens")}
      </Link>
      {current && can(current.role, "webhooks.manage") && (
        <Link href={`/w/${slug}/settings/webhooks`} className="hover:underline">
          {t("webhooks")}
        </Link>
      )}
      {current && can(current.role, "integrity.read") && (
        <Link href={`/w/${slug}/integrity`} className="hover:underline">
          {t("integrity")}
        </Link>
      )}
      {current && can(current.role, "security.read") && (
        <Link href={`/w/${slug}/security`} className="hover:underline">
          {t("security")}
        </Link>
      )}
    </nav>
  );
  const tools = (
    <>
      <SearchBox slug={slug} />
      {current && can(current.role, "item.write") && (
        <Link href={`/w/${slug}/items/new`} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
          {t("newItem")}
        </Link>
      )}
    </>
  );
  const page = (
    <div className="min-h-screen">
      <AppHeader actor={actor} unread={unread} workspaces={workspaces} current={current} nav={nav} tools={tools} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
  // The header is inside the live updates too: its unread count follows them.
  return liveAfter === null ? (
    page
  ) : (
    <LiveUpdatesProvider slug={slug} after={liveAfter} selfId={actor.userId}>
      {page}
    </LiveUpdatesProvider>
  );
}
