"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("sourceForms.flag");
  const labels: Record<string, string> = { sourceBId: t("other"), itemId: t("item"), note: t("note") };

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
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => labels[name]} />
      <Field form={form} name="sourceBId" label={t("other")}>
        {(control) => (
          <RecordPicker slug={slug} kind="sources" name="sourceBId" control={control} exclude={[sourceId]} placeholder={t("searchOther")} />
        )}
      </Field>
      <Field form={form} name="itemId" label={t("item")} optional>
        {(control) => (
          <select {...control} name="itemId" defaultValue="" className={inputClass}>
            <option value="">{t("noItem")}</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>{i.title}</option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="note" label={t("note")}>
        {(control) => <textarea {...control} name="note" rows={3} maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
