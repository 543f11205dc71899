"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import { LanguageOptions } from "@/components/language-options";
import type { UpdateSourceInput } from "@/lib/sources/update-source";

type Metadata = { title: string; publisher: string; byline: string; publishedOn: string; url: string; language: string };


/** Edits a source's metadata against the version it was opened at; the text itself is fixed (citations point into it). */
export function EditSourceForm(props: {
  sourceId: string;
  version: number;
  initial: Metadata;
  action: (input: UpdateSourceInput) => Promise<ActionResult<{ version: number }>>;
}) {
  const { sourceId, version, initial, action } = props;
  const form = useActionForm(action);
  const t = useTranslations("sourceForms");
  const labels: Record<string, string> = { title: t("title"), publisher: t("publisher"), byline: t("byline"), publishedOn: t("published"), url: t("url"), language: t("language"), reason: t("reason") };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // Only what changed is sent, so an edit never writes back a value a teammate has changed meanwhile.
    const changed = Object.fromEntries(
      (Object.keys(initial) as (keyof Metadata)[]).map((key) => [key, textValue(data, key).trim()]).filter(([key, value]) => value !== initial[key as keyof Metadata]),
    );
    form.submit({ sourceId, expectedVersion: version, ...changed, reason: textValue(data, "reason") });
  }

  const text = (name: keyof Metadata, label: string, hint?: string) => (
    <Field form={form} name={name} label={label} hint={hint}>
      {(control) => <input {...control} name={name} defaultValue={initial[name]} className={inputClass} />}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => labels[name]} />
      {text("title", t("title"))}
      <div className="grid gap-3 md:grid-cols-2">
        {text("publisher", t("publisher"))}
        {text("byline", t("byline"))}
        {text("publishedOn", t("published"), t("publishedShortHint"))}
        <Field form={form} name="language" label={t("language")}>
          {(control) => (
            <select {...control} name="language" defaultValue={initial.language} className={inputClass}>
              <LanguageOptions current={initial.language} />
            </select>
          )}
        </Field>
      </div>
      {text("url", t("url"))}
      <Field form={form} name="reason" label={t("reason")} optional>
        {(control) => <input {...control} name="reason" maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
