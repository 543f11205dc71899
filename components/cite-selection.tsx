"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { UnwrappingTextarea } from "@/components/forms/unwrapping-textarea";
import { locateExcerpt, nearestPassage, type TextSpan } from "@/lib/sources/locate-excerpt";

type Hit = { id: string; title: string };
type Selection = { start: number; end: number; text: string };

/**
 * Cite by selecting: select a passage of the source's text (or paste it), find the item it supports, and open that
 * item with the passage, where the analyst chooses the status it supports. Offsets count UTF-16 code units of the text
 * as rendered, which is the stored text itself, so the citation's excerpt equals the text at its offsets. A pasted
 * passage is found as a typed excerpt is (quotes, dashes, spaces and line breaks aside), or its nearest passage offered.
 */
export function CiteSelection(props: { slug: string; sourceId: string; language: string; body: string; children: React.ReactNode }) {
  const { slug, sourceId, language, body, children } = props;
  const container = useRef<HTMLDivElement>(null);
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [nearest, setNearest] = useState<TextSpan | null>(null);
  const t = useTranslations("sourceForms.cite");

  const readSelection = useCallback(() => {
    const root = container.current;
    const current = window.getSelection();
    if (!root || !current || current.rangeCount === 0 || current.isCollapsed) return;
    const range = current.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(root);
    before.setEnd(range.startContainer, range.startOffset);
    let start = before.toString().length;
    let end = start + range.toString().length;
    while (start < end && /\s/.test(body[start] ?? "")) start += 1;
    while (end > start && /\s/.test(body[end - 1] ?? "")) end -= 1;
    if (end > start) setSelection({ start, end, text: body.slice(start, end) });
  }, [body]);

  useEffect(() => {
    document.addEventListener("selectionchange", readSelection);
    return () => document.removeEventListener("selectionchange", readSelection);
  }, [readSelection]);

  const choose = (span: TextSpan) => {
    setProblem(null);
    setNearest(null);
    setSelection({ ...span, text: body.slice(span.start, span.end) });
  };

  function findPasted() {
    const text = pasteBox.current?.value.trim() ?? "";
    if (!text) {
      setProblem(t("pasteFirst"));
      return;
    }
    const span = locateExcerpt(body, text);
    if (span) {
      choose(span);
      return;
    }
    const near = nearestPassage(body, text);
    setNearest(near);
    setProblem(
      near
        ? t("notFoundNearest")
        : t("notFound"),
    );
  }

  async function findItems(event: React.FormEvent) {
    event.preventDefault();
    if (query.trim().length < 2) return;
    setSearching(true);
    const response = await fetch(`/api/v1/workspaces/${slug}/search?q=${encodeURIComponent(query.trim())}&limit=8`);
    setSearching(false);
    if (!response.ok) {
      setProblem(t("searchFailed"));
      return;
    }
    const results = (await response.json()) as { items: Hit[] };
    setHits(results.items);
  }

  const citeLink = (itemId: string) =>
    selection ? `/w/${slug}/items/${itemId}?citeSource=${sourceId}&citeStart=${selection.start}&citeEnd=${selection.end}#cite-passage` : "#";

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div ref={container}>{children}</div>
      <aside aria-labelledby="cite-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-4 text-sm lg:sticky lg:top-4">
        <h2 id="cite-heading" className="font-semibold">{t("title")}</h2>
        <div aria-live="polite">
          {selection ? (
            <blockquote lang={language} className="mt-2 max-h-40 overflow-auto border-l-4 border-yellow-300 bg-yellow-50 px-2 py-1 whitespace-pre-line">
              “{selection.text}”
            </blockquote>
          ) : (
            <p className="mt-2 text-slate-700">{t("hint")}</p>
          )}
        </div>
        <label htmlFor="cite-paste" className="mt-3 block text-xs font-medium text-slate-700">{t("passage")}</label>
        <UnwrappingTextarea id="cite-paste" ref={pasteBox} rows={3} lang={language} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
        <button type="button" onClick={findPasted} className="mt-1 rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">{t("use")}</button>
        {problem && <p role="alert" className="mt-2 text-red-800">{problem}</p>}
        {nearest && (
          <div className="mt-2">
            <blockquote lang={language} className="max-h-40 overflow-auto border-l-4 border-slate-300 bg-slate-50 px-2 py-1 whitespace-pre-line">
              “{body.slice(nearest.start, nearest.end)}”
            </blockquote>
            <button type="button" onClick={() => choose(nearest)} className="mt-1 rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
              {t("useNearest")}
            </button>
          </div>
        )}
        {selection && (
          <form onSubmit={findItems} className="mt-4">
            <label htmlFor="cite-item" className="block text-xs font-medium text-slate-700">{t("item")}</label>
            <div className="mt-1 flex gap-1">
              <input id="cite-item" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("searchItems")} className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1" />
              <button type="submit" disabled={searching} className="rounded bg-blue-700 px-2 py-1 text-white hover:bg-blue-800 disabled:opacity-60">
                {searching ? "…" : t("find")}
              </button>
            </div>
            <ul className="mt-2 space-y-2">
              {hits.map((hit) => (
                <li key={hit.id} className="rounded border border-slate-200 p-2">
                  <p className="font-medium">{hit.title}</p>
                  <Link href={citeLink(hit.id)} className="mt-1 inline-block text-blue-800 underline">
                    {t("citeFor")}<span className="sr-only">: {hit.title}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </form>
        )}
      </aside>
    </div>
  );
}
