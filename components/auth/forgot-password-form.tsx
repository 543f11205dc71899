"use client";

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
  const [answer, setAnswer] = useState<string | null>(null);
  const form = useActionForm(action, (result) => setAnswer(result.message));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAnswer(null);
    form.submit({ email: textValue(new FormData(event.currentTarget), "email") });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label="Reset your password">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={() => "Email"} />
      <Field form={form} name="email" label="Email" hint="The address you sign in with.">
        {(control) => <input {...control} name="email" type="email" autoComplete="username" required className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Email me a reset link" pendingLabel="Sending…" className={`w-full ${primaryButtonClass}`} />
      <p role="status" className="text-sm text-slate-800">
        {answer}
      </p>
    </form>
  );
}
