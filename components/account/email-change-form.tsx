"use client";

import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { EmailChangeInput } from "@/lib/accounts/request-email-change";
import type { ActionResult } from "@/lib/http/action-result";
import type { MailOutcome } from "@/lib/mail/send-mail";

const LABELS: Record<string, string> = { email: "New email address", currentPassword: "Current password" };

type Props = { action: (input: EmailChangeInput) => Promise<ActionResult<{ email: string; delivery: MailOutcome }>> };

/** Asks for the new address and the current password; the account moves once the emailed link is opened. */
export function EmailChangeForm({ action }: Props) {
  const element = useRef<HTMLFormElement>(null);
  const [sent, setSent] = useState<{ email: string; delivery: MailOutcome } | null>(null);
  const form = useActionForm(action, (result) => {
    setSent(result);
    element.current?.reset();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSent(null);
    form.submit({ email: textValue(data, "email"), currentPassword: textValue(data, "currentPassword") });
  }

  return (
    <form ref={element} onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Change your email address">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      <Field form={form} name="email" label="New email address" hint="We send a link there; your address changes when you open it.">
        {(control) => <input {...control} name="email" type="email" autoComplete="email" required className={inputClass} />}
      </Field>
      <Field form={form} name="currentPassword" label="Current password">
        {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Send confirmation link" pendingLabel="Sending…" className={primaryButtonClass} />
      <p role="status" className="text-sm text-slate-800">
        {sent &&
          (sent.delivery.sent
            ? `We sent a link to ${sent.email}. Open it to confirm the new address; until then your address stays as it is.`
            : `The email to ${sent.email} could not be sent. Try again later.`)}
      </p>
    </form>
  );
}
