"use client";

import { Field } from "@/components/forms/field";
import { choiceValue, textValue } from "@/components/forms/form-data";
import { RecordPicker } from "@/components/forms/record-picker";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionedFeedback } from "@/components/forms/versioned-feedback";
import type { RelationType } from "@/lib/generated/prisma/enums";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import type { ActionResult } from "@/lib/http/action-result";
import { RELATION_LABELS, RELATION_TYPES } from "@/lib/tracking/relation-types";
import type { AddRelationInput } from "@/lib/tracking/relations";

type Props = {
  item: { id: string; version: number };
  /** The workspace whose items the picker searches. */
  slug: string;
  names: DiffNames;
  action: (input: AddRelationInput) => Promise<ActionResult<{ relationId: string; version: number }>>;
};

const LABELS: Record<string, string> = { type: "Relation", toItemId: "Related item", note: "Note", reason: "Reason" };

export function AddRelationForm({ item, slug, names, action }: Props) {
  const form = useActionForm(action);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({
      itemId: item.id,
      expectedVersion: item.version,
      type: choiceValue<RelationType>(data, "type"),
      toItemId: textValue(data, "toItemId"),
      note: textValue(data, "note"),
      reason: textValue(data, "reason"),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <VersionedFeedback
        form={form}
        names={names}
        labelFor={(name) => LABELS[name]}
        describe={(input) => describeDiff({ relation: { before: null, after: { type: input.type, toItemId: input.toItemId, note: input.note ?? "" } } }, names)}
      />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <Field form={form} name="type" label="This item…">
          {(control) => (
            <select {...control} name="type" defaultValue="" className={inputClass}>
              <option value="">Choose a relation</option>
              {RELATION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {RELATION_LABELS[type][0].toLowerCase()}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="toItemId" label="Related item">
          {(control) => (
            <RecordPicker slug={slug} kind="items" name="toItemId" control={control} exclude={[item.id]} placeholder="Search the items by title" />
          )}
        </Field>
      </div>
      <Field form={form} name="note" label="Note" optional>
        {(control) => <input {...control} name="note" type="text" maxLength={1000} className={inputClass} />}
      </Field>
      <Field form={form} name="reason" label="Reason" optional>
        {(control) => <input {...control} name="reason" type="text" maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Add relation" pendingLabel="Adding…" />
    </form>
  );
}
