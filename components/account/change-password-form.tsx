"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ChangePasswordInput } from "@/lib/accounts/change-password";
import type { ActionResult } from "@/lib/http/action-result";

const LABEL_KEYS: Record<string, "currentPassword" | "newPassword"> = { currentPassword: "currentPassword", newPassword: "newPassword" };

type Props = { minPasswordLength: number; action: (input: ChangePasswordInput) => Promise<ActionResult<{ otherSessionsEnded: number }>> };

export function ChangePasswordForm({ minPasswordLength, action }: Props) {
  const t = useTranslations("account.password");
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
    <form ref={element} onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t("formLabel")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
      <Field form={form} name="currentPassword" label={t("currentPassword")}>
        {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <Field form={form} name="newPassword" label={t("newPassword")} hint={t("newPasswordHint", { min: minPasswordLength })}>
        {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("change")} pendingLabel={t("changing")} className={primaryButtonClass} />
      <p role="status" className="text-sm text-emerald-800">
        {ended !== null && t("changed", { ended })}
      </p>
    </form>
  );
}
