"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { choiceValue, textValue } from "@/components/forms/form-data";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionedFeedback } from "@/components/forms/versioned-feedback";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import type { ActionResult } from "@/lib/http/action-result";
import type { UpdateItemInput } from "@/lib/tracking/update-item";
import { ChangeKindField } from "./change-kind-field";
import { ITEM_FIELDS, ItemFieldInputs, itemFieldLabel, itemFieldTexts, readItemFields, type ItemFieldValues } from "./item-field-inputs";

type Props = {
  item: ItemFieldValues & { id: string; version: number };
  names: DiffNames;
  action: (input: UpdateItemInput) => Promise<ActionResult<{ version: number }>>;
};

export function EditItemForm({ item, names, action }: Props) {
  const form = useActionForm(action);
  const shown = itemFieldTexts(item);
  const t = useTranslations("itemForms");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = readItemFields(data);
    // Only the fields the analyst touched are sent, so re-applying after a conflict cannot undo a teammate's edit of
    // another field with the stale value this form was rendered with.
    const fields = Object.fromEntries(ITEM_FIELDS.filter((field) => textValue(data, field) !== shown[field]).map((field) => [field, values[field]]));
    form.submit({
      itemId: item.id,
      expectedVersion: item.version,
      fields,
      reason: textValue(data, "reason"),
      changeKind: choiceValue<ChangeKind>(data, "changeKind"),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <VersionedFeedback
        form={form}
        names={names}
        labelFor={(name) => (name === "reason" ? t("reason") : itemFieldLabel(t, name, "fields."))}
        describe={(input, words) =>
          describeDiff(
            Object.fromEntries(Object.entries(input.fields).map(([field, after]) => [field, { before: item[field as keyof ItemFieldValues], after }])),
            names,
            words,
          )
        }
      />
      <ItemFieldInputs form={form} defaults={item} errorPrefix="fields." />
      <Field form={form} name="reason" label={t("reason")} hint={t("editReasonHint")} optional>
        {(control) => <textarea {...control} name="reason" rows={2} maxLength={2000} className={inputClass} />}
      </Field>
      <ChangeKindField form={form} />
      <SubmitButton pending={form.pending} label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
