"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { startSession } from "@/components/auth/start-session";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { SignUpWithInviteInput } from "@/lib/workspaces/sign-up-with-invite";

const LABEL_KEYS: Record<string, "yourName" | "email" | "password"> = { name: "yourName", email: "email", password: "password" };

type Props = {
  token: string;
  /** The invite's email, when it names one: the account must use it. */
  email: string | null;
  minPasswordLength: number;
  action: (input: SignUpWithInviteInput) => Promise<ActionResult<{ email: string; slug: string }>>;
};

/** Creates the account and the membership, then signs the new account in through next-auth as the sign-in form does. */
export function SignUpForm({ token, email, minPasswordLength, action }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [signInFailed, setSignInFailed] = useState(false);
  // The password of the attempt under way, for signing in once the account exists.
  const password = useRef("");
  const form = useActionForm(action, async (account) => {
    if (!(await startSession(account.email, password.current))) {
      setSignInFailed(true);
      return;
    }
    router.replace(`/w/${account.slug}`);
    router.refresh();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSignInFailed(false);
    password.current = String(data.get("password") ?? "");
    form.submit({ token, name: String(data.get("name") ?? ""), email: email ?? String(data.get("email") ?? ""), password: password.current });
  }

  // POST, so that a submit before the page has loaded its script never puts the password in the address.
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label={t("invite.formLabel")}>
      <ErrorSummary error={signInFailed ? { code: "internal", message: t("invite.signInFailed") } : form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(`fields.${LABEL_KEYS[field]}`) : undefined)} />
      <Field form={form} name="name" label={t("fields.yourName")} hint={t("fields.nameHint")}>
        {(control) => <input {...control} name="name" autoComplete="name" required className={inputClass} />}
      </Field>
      <Field form={form} name="email" label={t("fields.email")} hint={email ? t("invite.invitedEmail") : t("fields.signInWith")}>
        {(control) =>
          email ? (
            <input {...control} name="email" type="email" value={email} readOnly className={`${inputClass} bg-slate-50`} />
          ) : (
            <input {...control} name="email" type="email" autoComplete="username" required className={inputClass} />
          )
        }
      </Field>
      <Field form={form} name="password" label={t("fields.password")} hint={t("fields.passwordHint", { min: minPasswordLength })}>
        {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("invite.submit")} pendingLabel={t("invite.pending")} className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
