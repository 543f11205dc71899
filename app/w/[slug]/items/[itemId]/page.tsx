import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/change-list";
import { Discussion } from "@/components/comments/discussion";
import { WatchButton } from "@/components/notifications/watch-button";
import { Disclosure } from "@/components/disclosure";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddCitationForm } from "@/components/items/add-citation-form";
import { AddRelationForm } from "@/components/items/add-relation-form";
import { ArchiveForm } from "@/components/items/archive-form";
import { EditItemForm } from "@/components/items/edit-item-form";
import { JurisdictionDatalist } from "@/components/items/jurisdiction-datalist";
import { RemoveRelationForm } from "@/components/items/remove-relation-form";
import { RevertChangeForm } from "@/components/items/revert-change-form";
import { StatusChangeForm } from "@/components/items/status-change-form";
import { StatusEvents, type StatusEventView } from "@/components/items/status-events";
import { JurisdictionList } from "@/components/jurisdiction-list";
import { LiveItem } from "@/components/live/live-updates";
import { NextStatus } from "@/components/next-status";
import { StatusBadge } from "@/components/status-badge";
import { StatusTimelineChart } from "@/components/status-timeline-chart";
import { VersionScope } from "@/components/forms/version-scope";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { listComments } from "@/lib/comments/list-comments";
import { watchOf } from "@/lib/watches/watches";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/live/presence";
import type { DiffNames } from "@/lib/history/describe-diff";
import { labelsForChanges } from "@/lib/history/change-labels";
import { listChanges } from "@/lib/history/list-changes";
import { REVERTIBLE_TYPES } from "@/lib/history/revert-change";
import { pageData, pageId } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { getWords } from "@/lib/i18n/server-words";
import { passageAnchor } from "@/lib/sources/highlight-ranges";
import { readPassage } from "@/lib/sources/read-passage";
import { getItem } from "@/lib/tracking/get-item";
import {
  addCitationAction,
  addRelationAction,
  recordStatusChangeAction,
  removeRelationAction,
  revertChangeAction,
  setArchivedAction,
  updateItemAction,
} from "../actions";
import { addCommentAction, deleteCommentAction, editCommentAction } from "../../comments/actions";
import { unwatchAction, watchAction } from "../../watches/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("item"))("title") };
}

// The latest statuses and changes: an item followed for years can hold a thousand of each, and drawn all at once (each
// status with its citations and form, each change with its diff) they made a 6 MB page that took half a second to render.
const STATUS_LIMIT = 50;
const HISTORY_LIMIT = 50;
// The discussion shows its latest comments (and the threads they answer); all of them a click away.
const COMMENT_LIMIT = 100;

export default async function ItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; itemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, itemId: raw } = await params;
  const actor = await requirePageActor(`/w/${slug}/items/${encodeURIComponent(raw)}`);
  // Signed in first: a malformed id is "not found" for members, as any other address they cannot open.
  const itemId = pageId(raw);
  const search = singleValues(await searchParams);
  const allStatuses = search.statuses === "all";
  const allComments = search.comments === "all";
  const [{ access, item, discrepancies }, history, passage, { comments, total: commentCount }, watchId] = await pageData(
    Promise.all([
      getItem(actor, slug, itemId, { latestStatuses: allStatuses ? undefined : STATUS_LIMIT }),
      listChanges(actor, slug, { itemId, limit: HISTORY_LIMIT }),
      // A passage chosen on a source page ("cite by selecting") arrives as ?citeSource=&citeStart=&citeEnd=.
      search.citeSource ? readPassage(actor, slug, { sourceId: search.citeSource, start: search.citeStart, end: search.citeEnd }) : null,
      listComments(actor, slug, { itemId }, { latest: allComments ? undefined : COMMENT_LIMIT }),
      watchOf(actor, slug, "item", itemId),
    ]),
  );
  const [t, words] = await Promise.all([getTranslations("item"), getWords()]);
  // Once the passage is cited here, the link that brought it is spent: the forms open empty again after the save.
  const cited = item.statusEvents.some((e) => e.citations.some((c) => c.source.id === passage?.sourceId && c.excerpt === passage.excerpt));
  const citing = passage && !cited ? passage : undefined;
  // Controls are hidden from people who cannot use them; the domain functions behind the actions check again.
  const canWrite = can(access.role, "item.write");
  const editable = canWrite && !item.archivedAt;
  const ref = { id: item.id, version: item.version };
  // A passage to cite opens one form: a new status change (?citeFor=new) or the citation form of the status chosen.
  const citeFor = search.citeFor;
  const citeTarget = citing && (citeFor === "new" || item.statusEvents.some((e) => e.id === citeFor)) ? citeFor : undefined;
  const citeQuery: Record<string, string> = citing ? { citeSource: citing.sourceId, citeStart: search.citeStart ?? "", citeEnd: search.citeEnd ?? "" } : {};
  const statusesQuery: Record<string, string> = allStatuses ? { statuses: "all" } : {};
  const itemHref = (query: Record<string, string>, anchor: string) => `/w/${slug}/items/${item.id}?${new URLSearchParams(query)}#${anchor}`;
  const citeHref = (target: string) =>
    itemHref({ ...citeQuery, citeFor: target, ...statusesQuery }, target === "new" ? "record-status" : `add-citation-${target}`);
  // Older statuses (to cite into, correct or comment on) are a click away; an open citation form stays open.
  const allStatusesHref = (anchor: string) => itemHref({ ...citeQuery, ...(citeTarget ? { citeFor: citeTarget } : {}), statuses: "all" }, anchor);
  const moreStatuses = item.statusEventCount > item.statusEvents.length;
  const eventLabel = (e: (typeof item.statusEvents)[number]) => `${words.status(item.kind, e.status)} · ${words.partialDate(e.effectiveOn, e.precision)}`;
  const bound = <I, R>(action: (slug: string, input: I) => Promise<R>) => action.bind(null, slug);
  // Bound once: every bound action travels in the page's payload as a reference of its own.
  const [addCitation, revertChange] = [bound(addCitationAction), bound(revertChangeAction)];
  const relations = [
    ...item.relationsFrom.map((r) => ({
      id: r.id,
      own: true,
      type: r.type,
      label: words.relation(r.type, "from"),
      other: r.toItem,
      note: r.note,
    })),
    ...item.relationsTo.map((r) => ({ id: r.id, own: false, type: r.type, label: words.relation(r.type, "to"), other: r.fromItem, note: r.note })),
  ];
  // Titles for reading diffs: what the history names, plus the related items and cited sources the forms can name.
  const labels = await labelsForChanges(access, history.changes);
  const names: DiffNames = {
    kind: item.kind,
    sources: { ...labels.sources, ...Object.fromEntries(item.statusEvents.flatMap((e) => e.citations.map((c) => [c.source.id, c.source.title]))) },
    items: { ...labels.items, ...Object.fromEntries(relations.map((r) => [r.other.id, r.other.title])) },
  };
  const lastChange = history.changes[0];
  const today = new Date();

  return (
    <ClientMessages namespaces={["itemForms", "discussion"]}>
    <LiveItem slug={slug} itemId={item.id} version={item.version} heartbeatMs={PRESENCE_HEARTBEAT_MS} selfId={actor.userId}>
      <article className="max-w-5xl">
        <p className="text-sm text-slate-700">
          <Link href={`/w/${slug}`} className="hover:underline">
            {t("tracker")}
          </Link>{" "}
          / {words.kind(item.kind)}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{item.title}</h1>
          {!actor.token && <WatchButton target="item" targetId={item.id} watchId={watchId} watch={bound(watchAction)} unwatch={bound(unwatchAction)} />}
          {item.archivedAt && <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-800">{t("archived")}</span>}
          {item.needsSource && <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">{t("noSource")}</span>}
        </div>
        {item.summary && <p className="mt-2 max-w-3xl text-slate-800">{item.summary}</p>}
        <dl className="mt-4 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("currentStatus")}</dt>
          <dd>
            <StatusBadge kind={item.kind} status={item.currentStatus} />
            {item.currentEffectiveOn && item.currentPrecision && <span className="ml-2">{t("since", { date: words.partialDate(item.currentEffectiveOn, item.currentPrecision) })}</span>}
            {item.next && <NextStatus text={words.comingText(item.kind, item.currentStatus, item.next)} className="mt-1" />}
          </dd>
          <dt className="text-slate-600">{t("implementedBy")}</dt>
          <dd>
            <JurisdictionList codes={item.implementingJurisdictions} nameOf={words.jurisdiction} />
          </dd>
          <dt className="text-slate-600">{t("affects")}</dt>
          <dd>
            <JurisdictionList codes={item.affectedJurisdictions} nameOf={words.jurisdiction} />
          </dd>
          <dt className="text-slate-600">{t("tags")}</dt>
          <dd>{item.tags.length ? item.tags.join(", ") : "—"}</dd>
        </dl>
        <p role="status" className="mt-3 text-xs text-slate-600">
          {t("version", { version: item.version })}
          {lastChange && ` · ${t("lastChanged", { date: words.recordedAt(lastChange.recordedAt), name: lastChange.actorName })}`}
        </p>

        {item.archivedAt && (
          <div className="mt-4 max-w-3xl rounded border border-slate-300 bg-slate-100 p-4 text-sm text-slate-800">
            <p>
              {t("archivedOn", { date: words.recordedAt(item.archivedAt) })}
              {canWrite && ` ${t("restoreToEdit")}`}
            </p>
          </div>
        )}

        {canWrite && (
          <div className="mt-4 grid max-w-3xl gap-2">
            {editable && (
              <VersionScope version={item.version}>
                <Disclosure renderOnOpen summary={t("editDetails")} testId="edit-details">
                  <JurisdictionDatalist />
                  <EditItemForm
                    item={{
                      ...ref,
                      title: item.title,
                      summary: item.summary,
                      implementingJurisdictions: item.implementingJurisdictions,
                      affectedJurisdictions: item.affectedJurisdictions,
                      tags: item.tags,
                    }}
                    names={names} action={bound(updateItemAction)} />
                </Disclosure>
              </VersionScope>
            )}
            <VersionScope version={item.version}>
              <Disclosure renderOnOpen summary={item.archivedAt ? t("restore") : t("archive")} testId="archive">
                <ArchiveForm item={{ ...ref, archived: item.archivedAt !== null }} names={names} action={bound(setArchivedAction)} />
              </Disclosure>
            </VersionScope>
          </div>
        )}

        {citing && editable && (
          <section id="cite-passage" aria-labelledby="cite-passage-heading" className="mt-6 max-w-3xl rounded-lg border border-yellow-300 bg-yellow-50 p-4">
            <h2 id="cite-passage-heading" className="font-semibold">
              {t("cite.title")}
            </h2>
            <figure className="mt-2 text-sm">
              <blockquote lang={citing.sourceLanguage} className="max-h-40 overflow-auto border-l-4 border-yellow-400 bg-white px-3 py-2 whitespace-pre-line">
                {citing.excerpt}
              </blockquote>
              <figcaption className="mt-1 text-slate-700">
                — <span lang={citing.sourceLanguage}>{citing.sourceTitle}</span>
              </figcaption>
            </figure>
            <p className="mt-3 text-sm font-medium" id="cite-for-heading">
              {t("cite.which")}
            </p>
            <ul aria-labelledby="cite-for-heading" className="mt-1 flex flex-wrap gap-2 text-sm">
              {[{ id: "new", label: t("cite.new") }, ...[...item.statusEvents].reverse().map((e) => ({ id: e.id, label: eventLabel(e) }))].map((choice) => (
                <li key={choice.id}>
                  <Link
                    href={citeHref(choice.id)}
                    aria-current={choice.id === citeTarget ? "true" : undefined}
                    className={`inline-block rounded border px-3 py-1.5 ${choice.id === citeTarget ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
                  >
                    {choice.label}
                  </Link>
                </li>
              ))}
              {moreStatuses && (
                <li>
                  <Link href={allStatusesHref("cite-passage")} className="inline-block px-2 py-1.5 text-blue-800 underline">
                    {t("allStatuses")}
                  </Link>
                </li>
              )}
              <li>
                <Link href={`/w/${slug}/items/${item.id}`} className="inline-block px-2 py-1.5 text-slate-700 underline">
                  {t("cite.cancel")}
                </Link>
              </li>
            </ul>
          </section>
        )}

        {discrepancies.length > 0 && (
          <section aria-labelledby="discrepancies" className="mt-6 max-w-3xl rounded border border-purple-200 bg-purple-50 p-4">
            <h2 id="discrepancies" className="font-semibold text-purple-900">
              {t("discrepancies")}
            </h2>
            <ul className="mt-1 list-disc pl-5 text-sm text-purple-950">
              {discrepancies.map((d) => (
                <li key={d.id}>{d.note}</li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="timeline" className="mt-8">
          <h2 id="timeline" className="text-lg font-semibold">
            {t("timeline")}
          </h2>
          {moreStatuses && (
            <p className="mt-1 text-sm text-slate-700">
              {t("latestStatuses", { shown: item.statusEvents.length, count: item.statusEventCount })}{" "}
              <Link href={allStatusesHref("timeline")} className="text-blue-800 hover:underline">
                {t("allStatuses")}
              </Link>
            </p>
          )}
          {item.statusEvents.length > 0 && (
            <figure className="mt-3 rounded-lg border border-slate-200 bg-white p-3">
              {/* Two layouts rather than one scaled drawing, so labels stay readable on a phone; only one is displayed. */}
              <div className="hidden sm:block">
                <StatusTimelineChart id={`timeline-${item.id}`} width={960} kind={item.kind} events={item.statusEvents} today={today} />
              </div>
              <div className="sm:hidden">
                <StatusTimelineChart id={`timeline-narrow-${item.id}`} width={420} kind={item.kind} events={item.statusEvents} today={today} />
              </div>
              <figcaption className="mt-1 text-xs text-slate-600">
                {t("timelineCaption")}
              </figcaption>
            </figure>
          )}
          {editable && (
            <VersionScope version={item.version}>
              <Disclosure renderOnOpen summary={t("recordStatus")} className="mt-3" testId="record-status" id="record-status" open={citeTarget === "new"}>
                <StatusChangeForm
                  // A passage chosen to cite here opens a form that starts from it.
                  key={citeTarget === "new" ? `cite:${citing?.sourceId}:${citing?.startOffset}` : "form"}
                  initialCitation={citeTarget === "new" ? citing : undefined}
                  item={{ ...ref, kind: item.kind }}
                  events={item.statusEvents.map((e) => ({ id: e.id, label: eventLabel(e) }))}
                  slug={slug}
                  names={names}
                  action={bound(recordStatusChangeAction)}
                />
              </Disclosure>
            </VersionScope>
          )}
          {item.statusEvents.length === 0 ? (
            <p className="mt-3 text-slate-700">{t("noStatuses")}</p>
          ) : (
            <StatusEvents
              events={item.statusEvents.map(
                (event): StatusEventView => ({
                  id: event.id,
                  status: event.status,
                  statusLabel: words.status(item.kind, event.status),
                  effective: words.partialDate(event.effectiveOn, event.precision),
                  announced:
                    event.announcedOn && event.announcedPrecision ? t("announced", { date: words.partialDate(event.announcedOn, event.announcedPrecision) }) : null,
                  note: event.note,
                  citations: event.citations.map((citation) => ({
                    id: citation.id,
                    excerpt: citation.excerpt,
                    language: citation.source.language,
                    href: `/w/${slug}/sources/${citation.source.id}#${passageAnchor(citation.startOffset, citation.endOffset)}`,
                    sourceTitle: citation.source.title,
                    publisher: citation.source.publisher,
                  })),
                  recorded: t("recordedBy", { date: words.recordedAt(event.recordedAt), name: event.recordedBy }),
                }),
              )}
              label={t("statusesLabel")}
              noSource={t("noSource")}
              actions={
                editable
                  ? Object.fromEntries(
                      item.statusEvents.map((event) => [
                        event.id,
                        <VersionScope key={event.id} version={item.version}>
                          <Disclosure renderOnOpen summary={t("addCitation")} className="mt-2 max-w-3xl" id={`add-citation-${event.id}`} open={citeTarget === event.id}>
                            <AddCitationForm
                              key={citeTarget === event.id ? `cite:${citing?.sourceId}:${citing?.startOffset}` : "form"}
                              item={ref}
                              statusEventId={event.id}
                              slug={slug}
                              names={names}
                              action={addCitation}
                              initialCitation={citeTarget === event.id ? citing : undefined}
                            />
                          </Disclosure>
                        </VersionScope>,
                      ]),
                    )
                  : undefined
              }
            />
          )}
        </section>

        <section aria-labelledby="relations" className="mt-8">
          <h2 id="relations" className="text-lg font-semibold">
            {t("relations")}
          </h2>
          {relations.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("noRelations")}</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {relations.map((r) => (
                <li key={r.id}>
                  <span className="text-slate-700">{r.label}</span>{" "}
                  <Link href={`/w/${slug}/items/${r.other.id}`} className="text-blue-800 hover:underline">
                    {r.other.title}
                  </Link>
                  {r.note && <span className="text-slate-600"> — {r.note}</span>}
                  {editable && r.own && (
                    <>
                      {" "}
                      <VersionScope version={item.version}>
                        <RemoveRelationForm
                          item={ref}
                          relation={{ id: r.id, type: r.type, toItemId: r.other.id, note: r.note, description: `${r.label} ${r.other.title}` }}
                          names={names}
                          action={bound(removeRelationAction)}
                        />
                      </VersionScope>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {editable && (
            <VersionScope version={item.version}>
              <Disclosure renderOnOpen summary={t("addRelation")} className="mt-3 max-w-3xl" testId="add-relation">
                <AddRelationForm item={ref} slug={slug} names={names} action={bound(addRelationAction)} />
              </Disclosure>
            </VersionScope>
          )}
        </section>

        <section aria-labelledby="discussion" className="mt-8">
          <h2 id="discussion" className="text-lg font-semibold">
            {t("discussion")}
          </h2>
          {commentCount > comments.length && (
            <p className="mt-1 text-sm text-slate-700">
              {t("latestComments", { shown: comments.length, count: commentCount })}{" "}
              <Link href={itemHref({ ...statusesQuery, comments: "all" }, "discussion")} className="text-blue-800 hover:underline">
                {t("allComments")}
              </Link>
            </p>
          )}
          <Discussion
            targets={[
              { type: "item", id: item.id, label: t("targets.item") },
              ...item.statusEvents.map((e) => ({ type: "status_event" as const, id: e.id, label: t("targets.status", { status: eventLabel(e) }) })),
              ...discrepancies.map((d) => ({ type: "discrepancy" as const, id: d.id, label: t("targets.discrepancy", { note: d.note.slice(0, 80) }) })),
            ]}
            comments={comments}
            canWrite={can(access.role, "comment.write")}
            times={Object.fromEntries(comments.map((c) => [c.id, words.recordedAt(c.createdAt)]))}
            add={bound(addCommentAction)}
            edit={bound(editCommentAction)}
            remove={bound(deleteCommentAction)}
          />
        </section>

        <section aria-labelledby="history" className="mt-8">
          <h2 id="history" className="text-lg font-semibold">
            {t("history")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t.rich("historyHint", {
              csv: (chunks) => (
                <a href={`/api/v1/workspaces/${slug}/items/${item.id}/export.csv`} className="text-blue-800 underline">
                  {chunks}
                </a>
              ),
              json: (chunks) => (
                <a href={`/api/v1/workspaces/${slug}/items/${item.id}/export.json`} className="text-blue-800 underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
          <div className="mt-3">
            <ChangeList
              slug={slug}
              changes={history.changes}
              names={names}
              kinds={{ [item.id]: item.kind }}
              actions={(change) =>
                canWrite &&
                REVERTIBLE_TYPES.has(change.type) &&
                (editable || change.type === "item.archived") &&
                change.revertedById === null && (
                  <VersionScope version={item.version}>
                    <Disclosure renderOnOpen summary={t("revert")} className="mt-3 max-w-xl">
                      <RevertChangeForm item={ref} changeId={change.id} names={names} action={revertChange} />
                    </Disclosure>
                  </VersionScope>
                )
              }
            />
          </div>
          {history.nextBefore !== undefined && (
            <p className="mt-3 text-sm text-slate-700">
              {t("latestChanges", { count: HISTORY_LIMIT })}{" "}
              <Link href={`/w/${slug}/activity?itemId=${item.id}&before=${history.nextBefore}`} className="text-blue-800 hover:underline">
                {t("olderChanges")}
              </Link>
            </p>
          )}
        </section>
      </article>
    </LiveItem>
    </ClientMessages>
  );
}
