import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { RecordPicker } from "@/components/forms/record-picker";
import { inputClass } from "@/components/forms/styles";
import type { FieldState } from "@/components/forms/use-action-form";

/** A passage chosen on a source page ("cite by selecting"), with where it stands in the source's text. */
export type InitialCitation = { sourceId: string; sourceTitle: string; excerpt: string; startOffset: number };

/**
 * A citation as the form reads it. The excerpt is trimmed: stray spaces from copying are not part of the quote. A
 * passage chosen on the source page keeps its offset while it is left as chosen, so a phrase that occurs twice is
 * cited where it was selected.
 */
export function readCitation(data: FormData, prefix: string) {
  const sourceId = textValue(data, `${prefix}sourceId`);
  const excerpt = textValue(data, `${prefix}excerpt`).trim();
  const chosen = textValue(data, `${prefix}chosen`);
  if (chosen) {
    const initial = JSON.parse(chosen) as InitialCitation;
    if (initial.sourceId === sourceId && initial.excerpt === excerpt) return { sourceId, excerpt, startOffset: initial.startOffset };
  }
  return { sourceId, excerpt };
}

/**
 * One citation: which source, and the passage quoted exactly. `prefix` is the citation's place in the action's input
 * ("citations.0." in a status change), which names its controls and finds its field messages.
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
  return (
    <fieldset className="relative space-y-3 rounded border border-slate-200 bg-slate-50 p-3">
      {initial && <input type="hidden" name={`${prefix}chosen`} value={JSON.stringify(initial)} />}
      {/* Floated, so the legend sits inside the box like a heading rather than on its border. */}
      <legend className="float-left text-sm font-semibold text-slate-900">{legend}</legend>
      {onRemove && (
        <button type="button" onClick={onRemove} className="absolute top-2 right-2 rounded px-2 py-0.5 text-sm text-slate-700 underline hover:bg-slate-200">
          Remove {legend.toLowerCase()}
        </button>
      )}
      <Field form={form} name={`${prefix}sourceId`} label="Source" className="clear-both pt-1">
        {(control) => (
          <RecordPicker
            slug={slug}
            kind="sources"
            name={`${prefix}sourceId`}
            control={control}
            initial={initial ? { id: initial.sourceId, title: initial.sourceTitle } : null}
            placeholder="Search the sources by title or text"
          />
        )}
      </Field>
      <Field form={form} name={`${prefix}excerpt`} label="Excerpt" hint="Paste the passage exactly as the source prints it, curly quotes and all.">
        {(control) => <textarea {...control} name={`${prefix}excerpt`} rows={3} maxLength={5000} defaultValue={initial?.excerpt} className={inputClass} />}
      </Field>
    </fieldset>
  );
}
