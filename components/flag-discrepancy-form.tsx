"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { RecordPicker } from "@/components/forms/record-picker";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { FlagDiscrepancyInput } from "@/lib/sources/discrepancies";

type Option = { id: string; title: string };

const LABELS: Record<string, string> = { sourceBId: "Other source", itemId: "Item", note: "What they disagree about" };

/** Marks that this source and another disagree about a fact, optionally about one item, with a note. */
export function FlagDiscrepancyForm(props: {
  slug: string;
  sourceId: string;
  /** The items citing this source: the ones a disagreement about it can concern. */
  items: Option[];
  action: (input: FlagDiscrepancyInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const { slug, sourceId, items, action } = props;
  const form = useActionForm(action);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({
      sourceAId: sourceId,
      sourceBId: textValue(data, "sourceBId") || undefined,
      itemId: textValue(data, "itemId") || undefined,
      note: textValue(data, "note"),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => LABELS[name]} />
      <Field form={form} name="sourceBId" label="Other source">
        {(control) => (
          <RecordPicker slug={slug} kind="sources" name="sourceBId" control={control} exclude={[sourceId]} placeholder="Search for the source that says otherwise" />
        )}
      </Field>
      <Field form={form} name="itemId" label="Item" optional>
        {(control) => (
          <select {...control} name="itemId" defaultValue="" className={inputClass}>
            <option value="">Not about one item</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>{i.title}</option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="note" label="What they disagree about">
        {(control) => <textarea {...control} name="note" rows={3} maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Flag the disagreement" pendingLabel="Flagging…" />
    </form>
  );
}
