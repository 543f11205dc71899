"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ResetPasswordInput } from "@/lib/accounts/reset-password";
import type { ActionResult } from "@/lib/http/action-result";
import { startSession } from "./start-session";

type Props = { token: string; minPasswordLength: number; action: (input: ResetPasswordInput) => Promise<ActionResult<{ email: string }>> };

/** Sets the new password, then signs in with it. */
export function ResetPasswordForm({ token, minPasswordLength, action }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const password = useRef("");
  const [signInFailed, setSignInFailed] = useState(false);
  const form = useActionForm(action, async (account) => {
    if (!(await startSession(account.email, password.current))) return setSignInFailed(true);
    router.replace("/");
    router.refresh();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    password.current = textValue(new FormData(event.currentTarget), "password");
    setSignInFailed(false);
    form.submit({ token, password: password.current });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label={t("reset.title")}>
      <ErrorSummary error={signInFailed ? { code: "internal", message: t("reset.signInFailed") } : form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={() => t("fields.newPassword")} />
      <Field form={form} name="password" label={t("fields.newPassword")} hint={t("fields.passwordHint", { min: minPasswordLength })}>
        {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("reset.submit")} pendingLabel={t("reset.pending")} className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
