"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";

type Hit = { id: string; title: string };
type Selection = { start: number; end: number; text: string };

/**
 * Cite by selecting: select a passage of the source's text (or paste it), find the item it supports, and open that
 * item with the passage ready to cite in a new status change or on an existing status. Offsets count UTF-16 code units
 * of the text as rendered, which is the stored text itself, so the citation's excerpt equals the text at its offsets.
 */
export function CiteSelection({ slug, sourceId, body, children }: { slug: string; sourceId: string; body: string; children: React.ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [pasted, setPasted] = useState("");
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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

  function usePasted() {
    const text = pasted.trim();
    const start = body.indexOf(text);
    if (!text || start < 0) {
      setProblem("That passage does not occur in this source, word for word.");
      return;
    }
    setProblem(null);
    setSelection({ start, end: start + text.length, text });
  }

  async function findItems(event: React.FormEvent) {
    event.preventDefault();
    if (query.trim().length < 2) return;
    setSearching(true);
    const response = await fetch(`/api/v1/workspaces/${slug}/search?q=${encodeURIComponent(query.trim())}&limit=8`);
    setSearching(false);
    if (!response.ok) {
      setProblem("The item search failed. Try again.");
      return;
    }
    const results = (await response.json()) as { items: Hit[] };
    setHits(results.items);
  }

  const citeLink = (itemId: string, anchor: string) =>
    selection ? `/w/${slug}/items/${itemId}?citeSource=${sourceId}&citeStart=${selection.start}&citeEnd=${selection.end}#${anchor}` : "#";

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div ref={container}>{children}</div>
      <aside aria-labelledby="cite-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-4 text-sm lg:sticky lg:top-4" lang="en">
        <h2 id="cite-heading" className="font-semibold">Cite a passage</h2>
        <div aria-live="polite">
          {selection ? (
            <blockquote className="mt-2 max-h-40 overflow-auto border-l-4 border-yellow-300 bg-yellow-50 px-2 py-1">“{selection.text}”</blockquote>
          ) : (
            <p className="mt-2 text-slate-700">Select text in the article, or paste the passage here.</p>
          )}
        </div>
        <label htmlFor="cite-paste" className="mt-3 block text-xs font-medium text-slate-700">Passage</label>
        <textarea id="cite-paste" rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
        <button type="button" onClick={usePasted} className="mt-1 rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">Use this passage</button>
        {problem && <p role="alert" className="mt-2 text-red-800">{problem}</p>}
        {selection && (
          <form onSubmit={findItems} className="mt-4">
            <label htmlFor="cite-item" className="block text-xs font-medium text-slate-700">Item it supports</label>
            <div className="mt-1 flex gap-1">
              <input id="cite-item" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search items" className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1" />
              <button type="submit" disabled={searching} className="rounded bg-blue-700 px-2 py-1 text-white hover:bg-blue-800 disabled:opacity-60">
                {searching ? "…" : "Find"}
              </button>
            </div>
            <ul className="mt-2 space-y-2">
              {hits.map((hit) => (
                <li key={hit.id} className="rounded border border-slate-200 p-2">
                  <p className="font-medium">{hit.title}</p>
                  <p className="mt-1 flex flex-wrap gap-x-3">
                    <Link href={citeLink(hit.id, "record-status")} className="text-blue-800 underline">New status change citing it</Link>
                    <Link href={citeLink(hit.id, "add-citation")} className="text-blue-800 underline">Add to an existing status</Link>
                  </p>
                </li>
              ))}
            </ul>
          </form>
        )}
      </aside>
    </div>
  );
}
