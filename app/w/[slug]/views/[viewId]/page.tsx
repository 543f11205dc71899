import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateShareLinkForm, RevokeShareLinkButton } from "@/components/share-link-forms";
import { DeleteViewButton, DuplicateViewForm, RenameViewForm } from "@/components/view-forms";
import { WatchButton } from "@/components/notifications/watch-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import { watchOf } from "@/lib/watches/watches";
import { pageData, pageId } from "@/lib/http/page-data";
import { getWords } from "@/lib/i18n/server-words";
import { asOfPhrases, describeQuery } from "@/lib/views/describe-query";
import { getView } from "@/lib/views/get-view";
import { listShareLinks, type ShareLinkState } from "@/lib/views/list-share-links";
import { trackerHref } from "@/lib/views/tracker-href";
import { createShareLinkAction, deleteViewAction, duplicateViewAction, renameViewAction, revokeShareLinkAction } from "../actions";
import { unwatchAction, watchAction } from "../../watches/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("views.page"))("title") };
}

const STATE_TONES: Record<ShareLinkState, string> = {
  active: "bg-emerald-100 text-emerald-900",
  expired: "bg-slate-200 text-slate-800",
  revoked: "bg-red-100 text-red-900",
};

const section = "mt-6 rounded-lg border border-slate-200 bg-white p-4";
const button = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";

export default async function ViewPage({ params }: { params: Promise<{ slug: string; viewId: string }> }) {
  const { slug, viewId: raw } = await params;
  const actor = await requirePageActor(`/w/${slug}/views/${encodeURIComponent(raw)}`);
  // Signed in first: a malformed id is "not found" for members, as any other address they cannot open.
  const viewId = pageId(raw);
  const [{ view, query, canManage, canShare }, watchId] = await pageData(Promise.all([getView(actor, slug, viewId), watchOf(actor, slug, "view", viewId)]));
  const links = await pageData(listShareLinks(actor, slug, { viewId: view.id }));
  const api = `/api/v1/workspaces/${slug}/views/${view.id}`;
  const [t, q, words] = await Promise.all([getTranslations("views.page"), getTranslations("query"), getWords()]);
  const text = { t: q, words };
  return (
    <ClientMessages namespaces={["views"]}>
      <p className="text-sm">
        <Link href={`/w/${slug}`} className="text-blue-800 hover:underline">{t("tracker")}</Link>
        <span className="mx-1 text-slate-500">/</span>
        <span className="text-slate-700">{t("title")}</span>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{view.name}</h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-700">{view.visibility === "team" ? t("team") : t("personal")}</span>
        <div className="ml-auto flex flex-wrap gap-2">
          <WatchButton target="view" targetId={view.id} watchId={watchId} watch={watchAction.bind(null, slug)} unwatch={unwatchAction.bind(null, slug)} />
          <Link href={trackerHref(slug, view.query, { view: view.id })} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("open")}</Link>
          <a href={`${api}/export.csv`} className={button}>{t("exportCsv")}</a>
          <a href={`${api}/export.json`} className={button}>{t("exportJson")}</a>
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {view.owner ? t("savedBy", { name: view.owner, date: words.day(view.createdAt) }) : t("savedByFormer", { date: words.day(view.createdAt) })}
      </p>

      <section aria-labelledby="shows" className={section}>
        <h2 id="shows" className="font-semibold">{t("shows")}</h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {describeQuery(text, query).map(({ label, value }) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <dt className="text-slate-600">{t("dates")}</dt>
          <dd>{asOfPhrases(text, query).join(q("listSeparator")) || t("now")}</dd>
        </dl>
      </section>

      {canManage && (
        <section aria-labelledby="rename" className={section}>
          <h2 id="rename" className="font-semibold">{t("rename")}</h2>
          <div className="mt-2"><RenameViewForm slug={slug} viewId={view.id} name={view.name} action={renameViewAction} /></div>
        </section>
      )}

      <section aria-labelledby="duplicate" className={section}>
        <h2 id="duplicate" className="font-semibold">{t("duplicate")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("duplicateHint")}</p>
        <div className="mt-2"><DuplicateViewForm slug={slug} viewId={view.id} canShare={canShare} action={duplicateViewAction} /></div>
      </section>

      <section aria-labelledby="share" className={section}>
        <h2 id="share" className="font-semibold">{t("shareLinks")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("shareHint")}</p>
        {canShare && (
          <div className="mt-3">
            <CreateShareLinkForm slug={slug} viewId={view.id} endedLinkIds={links.filter((l) => l.state !== "active").map((l) => l.id)} action={createShareLinkAction} />
          </div>
        )}
        {links.length === 0 ? (
          <p className="mt-3 text-sm text-slate-700">{t("noLinks")}</p>
        ) : (
          <div className="relative mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("linksCaption")}</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("columns.created")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("columns.dates")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("columns.expires")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("columns.state")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("columns.openings")}</th>
                  <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">{t("columns.actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-3 py-2">
                      <span className="whitespace-nowrap">{words.recordedAt(link.createdAt)}</span>
                      {link.createdBy && <span className="block text-xs text-slate-600">{t("by", { name: link.createdBy })}</span>}
                    </td>
                    <td className="px-3 py-2">
                      {link.pinnedRecordedAt
                        ? t("pinned", { dates: asOfPhrases(text, { validOn: link.pinnedValidOn ?? undefined, recordedAt: link.pinnedRecordedAt }).join(q("listSeparator")) })
                        : t("follows")}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{words.recordedAt(link.expiresAt)}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATE_TONES[link.state]}`}>{t(`states.${link.state}`)}</span>
                    </td>
                    <td className="px-3 py-2">
                      {link.openings}
                      {link.lastOpenedAt && <span className="block text-xs text-slate-600">{t("lastOpened", { date: words.recordedAt(link.lastOpenedAt) })}</span>}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {link.state === "active" && link.canRevoke && (
                        <RevokeShareLinkButton slug={slug} viewId={view.id} linkId={link.id} action={revokeShareLinkAction} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canManage && (
        <section aria-labelledby="delete" className={section}>
          <h2 id="delete" className="font-semibold">{t("delete")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("deleteHint")}</p>
          <div className="mt-2"><DeleteViewButton slug={slug} viewId={view.id} action={deleteViewAction} /></div>
        </section>
      )}
    </ClientMessages>
  );
}
