"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionedFeedback } from "@/components/forms/versioned-feedback";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import type { ActionResult } from "@/lib/http/action-result";
import type { AddCitationInput } from "@/lib/tracking/add-citation";
import { CitationInputs, readCitation, type InitialCitation } from "./citation-inputs";

type Props = {
  item: { id: string; version: number };
  statusEventId: string;
  slug: string;
  names: DiffNames;
  action: (input: AddCitationInput) => Promise<ActionResult<{ citationId: string; version: number }>>;
  initialCitation?: InitialCitation;
};


export function AddCitationForm({ item, statusEventId, slug, names, action, initialCitation }: Props) {
  const form = useActionForm(action);
  const t = useTranslations("itemForms.citation");
  const labels: Record<string, string> = { sourceId: t("source"), excerpt: t("excerpt"), reason: t("reason") };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ itemId: item.id, expectedVersion: item.version, statusEventId, ...readCitation(data, ""), reason: textValue(data, "reason") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <VersionedFeedback
        form={form}
        names={names}
        labelFor={(name) => labels[name]}
        describe={(input, words) => describeDiff({ citation: { before: null, after: { sourceId: input.sourceId, excerpt: input.excerpt } } }, names, words)}
      />
      <CitationInputs form={form} slug={slug} prefix="" legend={t("new")} initial={initialCitation} />
      <Field form={form} name="reason" label={t("reason")} optional>
        {(control) => <input {...control} name="reason" type="text" maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
