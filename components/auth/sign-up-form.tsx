"use client";

import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { SignUpInput } from "@/lib/accounts/request-sign-up";
import type { ActionResult } from "@/lib/http/action-result";

const LABELS: Record<string, string> = { name: "Your name", email: "Email", password: "Password" };

type Props = { minPasswordLength: number; domains: string[]; action: (input: SignUpInput) => Promise<ActionResult<{ message: string }>> };

/** Asks for a sign-up; the account is made when the link emailed to the address is opened. */
export function SelfSignUpForm({ minPasswordLength, domains, action }: Props) {
  const [answer, setAnswer] = useState<string | null>(null);
  const form = useActionForm(action, (result) => setAnswer(result.message));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setAnswer(null);
    form.submit({ name: textValue(data, "name"), email: textValue(data, "email"), password: textValue(data, "password") });
  }

  if (answer) {
    return (
      <p role="status" className="mt-6 rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
        {answer}
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label="Create an account">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      <Field form={form} name="name" label="Your name" hint="Shown to your teammates beside your changes.">
        {(control) => <input {...control} name="name" autoComplete="name" required className={inputClass} />}
      </Field>
      <Field form={form} name="email" label="Email" hint={domains.length ? `An address at ${domains.join(", ")}. We send a link there to confirm it.` : "We send a link there to confirm it."}>
        {(control) => <input {...control} name="email" type="email" autoComplete="username" required className={inputClass} />}
      </Field>
      <Field form={form} name="password" label="Password" hint={`At least ${minPasswordLength} characters.`}>
        {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Create account" pendingLabel="Sending…" className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
