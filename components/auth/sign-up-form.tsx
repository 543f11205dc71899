"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { SignUpInput } from "@/lib/accounts/request-sign-up";
import type { ActionResult } from "@/lib/http/action-result";

const LABEL_KEYS: Record<string, "yourName" | "email" | "password"> = { name: "yourName", email: "email", password: "password" };

type Props = { minPasswordLength: number; domains: string[]; action: (input: SignUpInput) => Promise<ActionResult<{ message: string }>> };

/** Asks for a sign-up; the account is made when the link emailed to the address is opened. */
export function SelfSignUpForm({ minPasswordLength, domains, action }: Props) {
  const t = useTranslations("auth");
  const [sent, setSent] = useState(false);
  // The domain answers the same whether or not the address has an account; the page says it in its own language.
  const form = useActionForm(action, () => setSent(true));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSent(false);
    form.submit({ name: textValue(data, "name"), email: textValue(data, "email"), password: textValue(data, "password") });
  }

  if (sent) {
    return (
      <p role="status" className="mt-6 rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
        {t("signUp.sent")}
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label={t("signUp.title")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(`fields.${LABEL_KEYS[field]}`) : undefined)} />
      <Field form={form} name="name" label={t("fields.yourName")} hint={t("fields.nameHint")}>
        {(control) => <input {...control} name="name" autoComplete="name" required className={inputClass} />}
      </Field>
      <Field form={form} name="email" label={t("fields.email")} hint={domains.length ? t("signUp.emailDomainsHint", { domains: domains.join(", ") }) : t("signUp.emailHint")}>
        {(control) => <input {...control} name="email" type="email" autoComplete="username" required className={inputClass} />}
      </Field>
      <Field form={form} name="password" label={t("fields.password")} hint={t("fields.passwordHint", { min: minPasswordLength })}>
        {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("signUp.submit")} pendingLabel={t("signUp.pending")} className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
