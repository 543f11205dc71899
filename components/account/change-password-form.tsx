"use client";

import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ChangePasswordInput } from "@/lib/accounts/change-password";
import type { ActionResult } from "@/lib/http/action-result";

const LABELS: Record<string, string> = { currentPassword: "Current password", newPassword: "New password" };

type Props = { minPasswordLength: number; action: (input: ChangePasswordInput) => Promise<ActionResult<{ otherSessionsEnded: number }>> };

export function ChangePasswordForm({ minPasswordLength, action }: Props) {
  const element = useRef<HTMLFormElement>(null);
  const [ended, setEnded] = useState<number | null>(null);
  const form = useActionForm(action, (result) => {
    setEnded(result.otherSessionsEnded);
    element.current?.reset();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setEnded(null);
    form.submit({ currentPassword: textValue(data, "currentPassword"), newPassword: textValue(data, "newPassword") });
  }

  return (
    <form ref={element} onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Change your password">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      <Field form={form} name="currentPassword" label="Current password">
        {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <Field form={form} name="newPassword" label="New password" hint={`At least ${minPasswordLength} characters. Every other session of yours ends; this one stays.`}>
        {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Change password" pendingLabel="Changing…" className={primaryButtonClass} />
      <p role="status" className="text-sm text-emerald-800">
        {ended !== null && `Password changed. ${ended === 0 ? "You had no other sessions." : `${ended} other session${ended === 1 ? "" : "s"} ended.`}`}
      </p>
    </form>
  );
}
