"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { FlagDiscrepancyInput } from "@/lib/sources/discrepancies";

type Option = { id: string; title: string };

const LABELS: Record<string, string> = { sourceBId: "Other source", itemId: "Item", note: "What they disagree about" };

/** Marks that this source and another disagree about a fact, optionally about one item, with a note. */
export function FlagDiscrepancyForm(props: {
  sourceId: string;
  otherSources: Option[];
  items: Option[];
  action: (input: FlagDiscrepancyInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const { sourceId, otherSources, items, action } = props;
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
          <select {...control} name="sourceBId" defaultValue="" className={inputClass}>
            <option value="">Choose the source that says otherwise</option>
            {otherSources.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </select>
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
