"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { PasswordResetRequestInput } from "@/lib/accounts/request-password-reset";
import type { ActionResult } from "@/lib/http/action-result";

type Props = { action: (input: PasswordResetRequestInput) => Promise<ActionResult<{ message: string }>> };

export function ForgotPasswordForm({ action }: Props) {
  const t = useTranslations("auth");
  const [requested, setRequested] = useState(false);
  // The domain answers the same whether or not the address has an account; the page says it in its own language.
  const form = useActionForm(action, () => setRequested(true));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRequested(false);
    form.submit({ email: textValue(new FormData(event.currentTarget), "email") });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label={t("forgot.formLabel")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={() => t("fields.email")} />
      <Field form={form} name="email" label={t("fields.email")} hint={t("forgot.emailHint")}>
        {(control) => <input {...control} name="email" type="email" autoComplete="username" required className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("forgot.submit")} pendingLabel={t("forgot.pending")} className={`w-full ${primaryButtonClass}`} />
      <p role="status" className="text-sm text-slate-800">
        {requested ? t("forgot.requested") : ""}
      </p>
    </form>
  );
}
