"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { UpdateProfileInput } from "@/lib/accounts/update-profile";
import type { ActionResult } from "@/lib/http/action-result";

type Props = { name: string; action: (input: UpdateProfileInput) => Promise<ActionResult<{ name: string }>> };

export function ProfileForm({ name, action }: Props) {
  const t = useTranslations("account.profile");
  const [saved, setSaved] = useState(false);
  const form = useActionForm(action, () => setSaved(true));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    form.submit({ name: textValue(new FormData(event.currentTarget), "name") });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t("formLabel")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={() => t("name")} />
      <Field form={form} name="name" label={t("name")} hint={t("nameHint")}>
        {(control) => <input {...control} name="name" defaultValue={name} autoComplete="name" required className={inputClass} />}
      </Field>
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} label={t("save")} pendingLabel={t("saving")} className={primaryButtonClass} />
        <p role="status" className="text-sm text-emerald-800">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
