"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { RecordPicker } from "@/components/forms/record-picker";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { UnwrappingTextarea } from "@/components/forms/unwrapping-textarea";
import type { FieldState } from "@/components/forms/use-action-form";

/** A passage chosen on a source page ("cite by selecting"), with where it stands in the source's text. */
export type InitialCitation = { sourceId: string; sourceTitle: string; sourceLanguage: string; excerpt: string; startOffset: number };

/** A passage whose place in its source is known: chosen on the source page, or the nearest passage the domain offered. */
type Placed = { sourceId: string; excerpt: string; startOffset: number };

/**
 * A citation as the form reads it. The excerpt is trimmed: stray spaces from copying are not part of the quote. A
 * passage whose place is known keeps its offset while it is left as it was placed, so a phrase that occurs twice is
 * cited where it was chosen.
 */
export function readCitation(data: FormData, prefix: string) {
  const sourceId = textValue(data, `${prefix}sourceId`);
  const excerpt = textValue(data, `${prefix}excerpt`).trim();
  const placed = textValue(data, `${prefix}placed`);
  if (placed) {
    const passage = JSON.parse(placed) as Placed;
    if (passage.sourceId === sourceId && passage.excerpt === excerpt) return { sourceId, excerpt, startOffset: passage.startOffset };
  }
  return { sourceId, excerpt };
}

/**
 * One citation: which source, and the passage quoted. `prefix` is the citation's place in the action's input
 * ("citations.0." in a status change), which names its controls and finds its field messages. A passage that was not
 * found comes back with the nearest passage of the source, which one click puts in the excerpt.
 */
export function CitationInputs({
  form,
  slug,
  prefix,
  legend,
  onRemove,
  initial,
}: {
  form: FieldState;
  /** The workspace whose sources the picker searches. */
  slug: string;
  prefix: string;
  legend: string;
  onRemove?: () => void;
  initial?: InitialCitation;
}) {
  const excerptBox = useRef<HTMLTextAreaElement | null>(null);
  const t = useTranslations("itemForms.citation");
  const [placed, setPlaced] = useState<Placed | null>(initial ? { sourceId: initial.sourceId, excerpt: initial.excerpt, startOffset: initial.startOffset } : null);
  const [language, setLanguage] = useState(initial?.sourceLanguage);
  const suggestion = form.suggestionFor?.(`${prefix}excerpt`);
  const suggestionUsed = suggestion && placed?.excerpt === suggestion.excerpt && placed.startOffset === suggestion.startOffset;

  function applySuggestion() {
    const box = excerptBox.current;
    if (!box || !suggestion) return;
    const source = box.form?.elements.namedItem(`${prefix}sourceId`);
    box.value = suggestion.excerpt;
    setPlaced({ sourceId: source instanceof HTMLInputElement ? source.value : "", ...suggestion });
    box.focus();
  }

  return (
    <fieldset className="relative space-y-3 rounded border border-slate-200 bg-slate-50 p-3">
      {placed && <input type="hidden" name={`${prefix}placed`} value={JSON.stringify(placed)} />}
      {/* Floated, so the legend sits inside the box like a heading rather than on its border. */}
      <legend className="float-left text-sm font-semibold text-slate-900">{legend}</legend>
      {onRemove && (
        <button type="button" onClick={onRemove} className="absolute top-2 right-2 rounded px-2 py-0.5 text-sm text-slate-700 underline hover:bg-slate-200">
          {t("remove", { legend })}
        </button>
      )}
      <Field form={form} name={`${prefix}sourceId`} label={t("source")} className="clear-both pt-1">
        {(control) => (
          <RecordPicker
            slug={slug}
            kind="sources"
            name={`${prefix}sourceId`}
            control={control}
            initial={initial ? { id: initial.sourceId, title: initial.sourceTitle, language: initial.sourceLanguage } : null}
            onChoose={(source) => setLanguage(source?.language)}
            placeholder={t("searchSources")}
          />
        )}
      </Field>
      <Field
        form={form}
        name={`${prefix}excerpt`}
        label={t("excerpt")}
        hint={t("excerptHint")}
      >
        {(control) => (
          <UnwrappingTextarea
            {...control}
            ref={excerptBox}
            name={`${prefix}excerpt`}
            rows={3}
            maxLength={5000}
            defaultValue={initial?.excerpt}
            lang={language}
            className={inputClass}
          />
        )}
      </Field>
      {suggestion && !suggestionUsed && (
        <button type="button" onClick={applySuggestion} className={secondaryButtonClass}>
          {t("useNearest")}
        </button>
      )}
    </fieldset>
  );
}
