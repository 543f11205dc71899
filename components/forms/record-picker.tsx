"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { ControlProps } from "./field";
import { inputClass } from "./styles";

/** A record to pick; a source's title carries the source's language. */
export type PickedRecord = { id: string; title: string; language?: string };

type Props = {
  slug: string;
  /** What is picked: a tracked item or a source, found through the workspace's search. */
  kind: "items" | "sources";
  /** The form field that receives the chosen record's id. */
  name: string;
  control: ControlProps;
  initial?: PickedRecord | null;
  /** Told of each choice, and of null when the text is edited after one. */
  onChoose?: (record: PickedRecord | null) => void;
  /** Records that cannot be chosen here (the item itself, for a relation). */
  exclude?: string[];
  placeholder: string;
};

type Lookup = { state: "idle" } | { state: "searching" } | { state: "failed"; error: string } | { state: "done"; hits: PickedRecord[] };

const MIN_LENGTH = 2;
const DELAY_MS = 250;

/**
 * Whether a key press belongs to an input method's composition (typing Japanese or Korean: Enter confirms the
 * conversion, it does not choose). Safari reports the confirming Enter after compositionend, with keyCode 229.
 */
export function isComposing(event: React.KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/**
 * A search-as-you-type picker (ARIA combobox with a listbox) for one item or source of the workspace. Workspaces hold
 * up to hundreds of thousands of items, which no <select> can list; this asks the search API for a few matches instead.
 * Arrow keys move through the matches, Enter chooses (not while an input method is composing), Escape closes the list.
 */
export function RecordPicker({ slug, kind, name, control, initial, onChoose, exclude = [], placeholder }: Props) {
  const listId = useId();
  const t = useTranslations("forms.picker");
  const [chosen, setChosen] = useState<PickedRecord | null>(initial ?? null);
  const [text, setText] = useState(initial?.title ?? "");
  const [lookup, setLookup] = useState<Lookup>({ state: "idle" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = text.trim();
  const searchable = !chosen && query.length >= MIN_LENGTH;

  useEffect(() => {
    if (!searchable) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      setLookup({ state: "searching" });
      try {
        const response = await fetch(`/api/v1/workspaces/${slug}/search?only=${kind}&limit=8&q=${encodeURIComponent(query)}`, { signal: abort.signal });
        if (!response.ok) throw new Error(String(response.status));
        const results = (await response.json()) as Record<Props["kind"], PickedRecord[]>;
        setLookup({ state: "done", hits: results[kind] });
        setActive(-1);
      } catch (error) {
        if (!abort.signal.aborted) setLookup({ state: "failed", error: error instanceof Error ? error.message : String(error) });
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, searchable, slug, kind]);

  const shown: Lookup = searchable ? lookup : { state: "idle" };
  const hits = shown.state === "done" ? shown.hits.filter((hit) => !exclude.includes(hit.id)) : [];
  const expanded = open && hits.length > 0;

  function choose(hit: PickedRecord) {
    setChosen(hit);
    setText(hit.title);
    setOpen(false);
    onChoose?.(hit);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (isComposing(event)) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === "Enter" && expanded) {
      // Enter chooses the highlighted match instead of submitting the form.
      event.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit) choose(hit);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const status =
    shown.state === "searching"
      ? t("searching")
      : shown.state === "failed"
        ? t("failed", { error: shown.error })
        : shown.state === "done" && hits.length === 0
          ? t("noMatches")
          : !chosen && query.length > 0 && query.length < MIN_LENGTH
            ? t("typeMore", { count: MIN_LENGTH })
            : "";

  return (
    <div className="relative">
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <input
        {...control}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        lang={chosen?.language}
        placeholder={placeholder}
        onChange={(event) => {
          setText(event.target.value);
          if (chosen) onChoose?.(null);
          setChosen(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={inputClass}
      />
      <ul id={listId} role="listbox" aria-label={placeholder} hidden={!expanded} className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-300 bg-white py-1 text-sm shadow-lg">
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input keeps focus, so the list is not closed by blur before the choice lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(hit);
            }}
            lang={hit.language}
            className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-blue-100" : "hover:bg-slate-100"}`}
          >
            {hit.title}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="mt-1 min-h-4 text-xs text-slate-600">
        {status}
      </p>
    </div>
  );
}
