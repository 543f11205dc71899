import { LiveMark } from "@/components/live/live-updates";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CiteSelection } from "@/components/cite-selection";
import { Disclosure } from "@/components/disclosure";
import { EditSourceForm } from "@/components/edit-source-form";
import { FlagDiscrepancyForm } from "@/components/flag-discrepancy-form";
import { ResolveDiscrepancyButton } from "@/components/resolve-discrepancy-button";
import { Discussion } from "@/components/comments/discussion";
import { ClientMessages } from "@/components/i18n/client-messages";
import { WatchButton } from "@/components/notifications/watch-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listComments } from "@/lib/comments/list-comments";
import { watchOf } from "@/lib/watches/watches";
import { addCommentAction, deleteCommentAction, editCommentAction } from "../../comments/actions";
import { unwatchAction, watchAction } from "../../watches/actions";
import { can } from "@/lib/authz";
import { pageData, pageId } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { getWords } from "@/lib/i18n/server-words";
import { getSource } from "@/lib/sources/get-source";
import { flagDiscrepancyAction, resolveDiscrepancyAction, updateSourceAction } from "../actions";
import { highlightSegments, passageAnchor } from "@/lib/sources/highlight-ranges";
import { partialDateKey } from "@/lib/tracking/partial-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources.page"))("title") };
}

// The first citations in text order: a source everyone quotes can be cited a hundred thousand times.
const CITED_BY_LIMIT = 50;

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; sourceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, sourceId: raw } = await params;
  const actor = await requirePageActor(`/w/${slug}/sources/${encodeURIComponent(raw)}`);
  // Signed in first: a malformed id is "not found" for members, as any other address they cannot open.
  const sourceId = pageId(raw);
  const allCitations = singleValues(await searchParams).citedBy === "all";
  const [{ access, source, discrepancies, passages }, watchId] = await pageData(
    Promise.all([getSource(actor, slug, sourceId, { citedBy: allCitations ? undefined : CITED_BY_LIMIT, passages: true }), watchOf(actor, slug, "source", sourceId)]),
  );
  // A disagreement about an item is discussed on the item's page; one between sources alone, here.
  const discussions = new Map(
    await pageData(Promise.all(discrepancies.filter((d) => !d.item).map(async (d) => [d.id, (await listComments(actor, slug, { discrepancyId: d.id })).comments] as const))),
  );
  const [t, words] = await Promise.all([getTranslations("sources.page"), getWords()]);
  const canComment = can(access.role, "comment.write");
  // Each quoted passage is highlighted once, anchored where it begins: every citation of it links there.
  const anchored = passages.map((p) => ({ ...p, id: passageAnchor(p.start, p.end) }));
  const segments = highlightSegments(source.body, anchored);
  const firstSegmentOf = new Map<string, number>();
  segments.forEach((segment, index) => segment.citationIds.forEach((id) => firstSegmentOf.has(id) || firstSegmentOf.set(id, index)));
  const passageById = new Map(anchored.map((p) => [p.id, p]));

  // The article exactly as stored: one text run per highlight, so its text content is the source's text.
  const text = (
    <div lang={source.language} className="rounded-lg border border-slate-200 bg-white p-4 leading-relaxed break-words whitespace-pre-wrap sm:p-6">
      {segments.map((segment, index) => {
        if (segment.citationIds.length === 0) return <span key={index}>{segment.text}</span>;
        const anchor = segment.citationIds.find((id) => firstSegmentOf.get(id) === index);
        const passage = passageById.get(segment.citationIds[0] as string);
        return (
          <mark
            key={index}
            id={anchor}
            className="rounded-sm bg-yellow-100 target:bg-yellow-300"
            title={passage ? t("citedFor", { item: passage.itemTitle, status: words.status(passage.itemKind, passage.status) }) : undefined}
          >
            {segment.text}
          </mark>
              );
            })}
          </div>
  );
  const canCite = can(access.role, "item.write");

  return (
    <ClientMessages namespaces={["sourceForms", "discussion"]}>
    <article>
      <p className="text-sm text-slate-700">
        <Link href={`/w/${slug}/sources`} className="hover:underline">{t("sources")}</Link> / {t("title")}
      </p>
      <h1 className="mt-1 text-2xl font-semibold break-words" lang={source.language}>
        {source.title}
      </h1>
      <LiveMark id={source.id} />
      <div className="mt-2">
        <WatchButton target="source" targetId={source.id} watchId={watchId} watch={watchAction.bind(null, slug)} unwatch={unwatchAction.bind(null, slug)} />
      </div>
      {/* Only what is known: an absent byline or date is simply not listed. */}
      <dl className="mt-3 grid max-w-3xl grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1 text-sm">
        {source.publisher && (
          <>
            <dt className="text-slate-600">{t("publisher")}</dt>
            <dd lang={source.language}>{source.publisher}</dd>
          </>
        )}
        {source.byline && (
          <>
            <dt className="text-slate-600">{t("byline")}</dt>
            <dd lang={source.language}>{source.byline}</dd>
          </>
        )}
        {source.dateline && (
          <>
            <dt className="text-slate-600">{t("dateline")}</dt>
            <dd lang={source.language}>{source.dateline}</dd>
          </>
        )}
        {source.publishedOn && source.publishedPrecision && (
          <>
            <dt className="text-slate-600">{t("published")}</dt>
            <dd>{words.partialDate(source.publishedOn, source.publishedPrecision)}</dd>
          </>
        )}
        <dt className="text-slate-600">{t("language")}</dt>
        <dd>{words.language(source.language)}</dd>
        {source.url && (
          <>
            <dt className="text-slate-600">{t("link")}</dt>
            <dd className="break-all">
              <a href={source.url} rel="noopener noreferrer" className="text-blue-800 hover:underline">{source.url}</a>
            </dd>
          </>
        )}
      </dl>
      {canCite && (
        <Disclosure summary={t("editDetails")} className="mt-3 max-w-3xl" key={source.version}>
          <EditSourceForm
            sourceId={source.id}
            version={source.version}
            initial={{
              title: source.title,
              publisher: source.publisher ?? "",
              byline: source.byline ?? "",
              publishedOn: source.publishedOn && source.publishedPrecision ? partialDateKey(source.publishedOn, source.publishedPrecision) : "",
              url: source.url ?? "",
              language: source.language,
            }}
            action={updateSourceAction.bind(null, slug)}
          />
        </Disclosure>
      )}
      {(source.titleNote || source.publishedNote) && (
        <div className="mt-3 max-w-3xl space-y-1 rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          {source.titleNote && <p>{source.titleNote}</p>}
          {source.publishedNote.split("\n").map((line) => <p key={line}>{line}</p>)}
        </div>
      )}
      {canCite ? (
        <div className="mt-6">
          <CiteSelection slug={slug} sourceId={source.id} language={source.language} body={source.body}>
            {text}
          </CiteSelection>
        </div>
      ) : (
        <div className="mt-6 max-w-3xl">{text}</div>
      )}
      {(discrepancies.length > 0 || canCite) && (
        <section aria-labelledby="disagreements" className="mt-6 max-w-3xl rounded border border-purple-200 bg-purple-50 p-4">
          <h2 id="disagreements" className="font-semibold text-purple-900">{t("disagreements")}</h2>
          {discrepancies.length === 0 ? (
            <p className="mt-1 text-sm text-purple-950">{t("noneFlagged")}</p>
          ) : (
            <ul className="mt-2 space-y-3 text-sm text-purple-950">
              {discrepancies.map((d) => (
                <li key={d.id}>
                  <p>{d.note}</p>
                  <p className="mt-0.5 text-xs">
                    {d.otherSource && (
                      <>
                        {t("versus")} <Link href={`/w/${slug}/sources/${d.otherSource.id}`} className="underline">{d.otherSource.title}</Link>
                      </>
                    )}
                    {d.item && (
                      <>
                        {" "}· {t("about")} <Link href={`/w/${slug}/items/${d.item.id}`} className="underline">{d.item.title}</Link>
                      </>
                    )}
                  </p>
                  {canCite && <ResolveDiscrepancyButton action={resolveDiscrepancyAction.bind(null, slug, d.id)} />}
                  {discussions.has(d.id) && (
                    <Disclosure summary={t("discussion", { count: discussions.get(d.id)?.filter((c) => !c.deletedAt).length ?? 0 })} className="mt-2">
                      <Discussion
                        targets={[{ type: "discrepancy", id: d.id, label: t("thisDisagreement") }]}
                        comments={discussions.get(d.id) ?? []}
                        canWrite={canComment}
                        times={Object.fromEntries((discussions.get(d.id) ?? []).map((c) => [c.id, words.recordedAt(c.createdAt)]))}
                        add={addCommentAction.bind(null, slug)}
                        edit={editCommentAction.bind(null, slug)}
                        remove={deleteCommentAction.bind(null, slug)}
                      />
                    </Disclosure>
                  )}
                </li>
              ))}
            </ul>
          )}
          {canCite && (
            <Disclosure summary={t("flag")} className="mt-3">
              <FlagDiscrepancyForm
                slug={slug}
                sourceId={source.id}
                // The items of the citations listed, and of each passage's first citation.
                items={[
                  ...new Map([
                    ...source.citations.map((c) => [c.statusEvent.item.id, { id: c.statusEvent.item.id, title: c.statusEvent.item.title }] as const),
                    ...passages.map((p) => [p.itemId, { id: p.itemId, title: p.itemTitle }] as const),
                  ]).values(),
                ]}
                action={flagDiscrepancyAction.bind(null, slug)}
              />
            </Disclosure>
          )}
        </section>
      )}
      <section aria-labelledby="cited-by" className="mt-6 max-w-3xl">
        <h2 id="cited-by" className="text-lg font-semibold">{t("citedBy")}</h2>
        {source.citationCount > source.citations.length && (
          <p className="mt-1 text-sm text-slate-700">
            {t("firstCitations", { shown: source.citations.length, count: source.citationCount })}{" "}
            <Link href={`/w/${slug}/sources/${source.id}?citedBy=all#cited-by`} className="text-blue-800 hover:underline">
              {t("allCitations")}
            </Link>
          </p>
        )}
        {source.citations.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("notCited")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {source.citations.map((c) => (
              <li key={c.id}>
                {t.rich("supports", {
                  excerpt: (chunks) => <a href={`#${passageAnchor(c.startOffset, c.endOffset)}`} className="text-blue-800 hover:underline">{chunks}</a>,
                  item: (chunks) => <Link href={`/w/${slug}/items/${c.statusEvent.item.id}`} className="text-blue-800 hover:underline">{chunks}</Link>,
                  title: c.statusEvent.item.title,
                  status: words.status(c.statusEvent.item.kind, c.statusEvent.status),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
    </ClientMessages>
  );
}
