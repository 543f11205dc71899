import Link from "next/link";
import { useTranslations } from "next-intl";
import { trackerHref } from "@/lib/views/tracker-href";

type ViewLink = { id: string; name: string; query: Record<string, string>; owner: string | null };

function ViewList({ slug, title, views, currentId, empty, showOwner }: { slug: string; title: string; views: ViewLink[]; currentId?: string; empty: string; showOwner: boolean }) {
  const t = useTranslations("tracker.views");
  return (
    <section aria-label={title}>
      <h2 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{title}</h2>
      {views.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-0.5">
          {views.map((view) => (
            <li key={view.id}>
              <Link
                href={trackerHref(slug, view.query, { view: view.id })}
                aria-current={view.id === currentId ? "page" : undefined}
                className={`block rounded px-2 py-1 text-sm hover:bg-slate-100 ${view.id === currentId ? "bg-blue-50 font-medium text-blue-900" : "text-slate-800"}`}
              >
                {view.name}
                {showOwner && view.owner && <span className="block text-xs font-normal text-slate-600">{t("by", { name: view.owner })}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Saved views beside the tracker: the team's for every member, and the reader's own. Opening one loads its URL. */
export function ViewsSidebar({ slug, team, mine, currentId }: { slug: string; team: ViewLink[]; mine: ViewLink[]; currentId?: string }) {
  const t = useTranslations("tracker.views");
  return (
    <nav aria-label={t("saved")} className="space-y-5 lg:sticky lg:top-4 lg:self-start">
      <ViewList slug={slug} title={t("team")} views={team} currentId={currentId} empty={t("teamEmpty")} showOwner />
      <ViewList slug={slug} title={t("mine")} views={mine} currentId={currentId} empty={t("mineEmpty")} showOwner={false} />
    </nav>
  );
}
