"use client";

import { useWords } from "@/lib/i18n/use-words";
import { useTranslations } from "next-intl";
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
import { RELATION_TYPES } from "@/lib/tracking/relation-types";
import type { AddRelationInput } from "@/lib/tracking/relations";

type Props = {
  item: { id: string; version: number };
  /** The workspace whose items the picker searches. */
  slug: string;
  names: DiffNames;
  action: (input: AddRelationInput) => Promise<ActionResult<{ relationId: string; version: number }>>;
};


export function AddRelationForm({ item, slug, names, action }: Props) {
  const form = useActionForm(action);
  const t = useTranslations("itemForms.relation");
  const words = useWords();
  const labels: Record<string, string> = { type: t("type"), toItemId: t("toItem"), note: t("note"), reason: t("reason") };

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
        labelFor={(name) => labels[name]}
        describe={(input, w) => describeDiff({ relation: { before: null, after: { type: input.type, toItemId: input.toItemId, note: input.note ?? "" } } }, names, w)}
      />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <Field form={form} name="type" label={t("thisItem")}>
          {(control) => (
            <select {...control} name="type" defaultValue="" className={inputClass}>
              <option value="">{t("choose")}</option>
              {RELATION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {words.relation(type, "from").toLocaleLowerCase(words.locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="toItemId" label={t("toItem")}>
          {(control) => (
            <RecordPicker slug={slug} kind="items" name="toItemId" control={control} exclude={[item.id]} placeholder={t("searchItems")} />
          )}
        </Field>
      </div>
      <Field form={form} name="note" label={t("note")} optional>
        {(control) => <input {...control} name="note" type="text" maxLength={1000} className={inputClass} />}
      </Field>
      <Field form={form} name="reason" label={t("reason")} optional>
        {(control) => <input {...control} name="reason" type="text" maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
