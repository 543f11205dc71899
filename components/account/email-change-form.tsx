"use client";

import { useTranslations } from "next-intl";
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

const LABEL_KEYS: Record<string, "newEmail" | "currentPassword"> = { email: "newEmail", currentPassword: "currentPassword" };

type Props = { action: (input: EmailChangeInput) => Promise<ActionResult<{ email: string; delivery: MailOutcome }>> };

/** Asks for the new address and the current password; the account moves once the emailed link is opened. */
export function EmailChangeForm({ action }: Props) {
  const t = useTranslations("account.email");
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
    <form ref={element} onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t("formLabel")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
      <Field form={form} name="email" label={t("newEmail")} hint={t("newEmailHint")}>
        {(control) => <input {...control} name="email" type="email" autoComplete="email" required className={inputClass} />}
      </Field>
      <Field form={form} name="currentPassword" label={t("currentPassword")}>
        {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("send")} pendingLabel={t("sending")} className={primaryButtonClass} />
      <p role="status" className="text-sm text-slate-800">
        {sent &&
          (sent.delivery.sent ? t("sent", { email: sent.email }) : t("notSent", { email: sent.email }))}
      </p>
    </form>
  );
}
