"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { startSession } from "@/components/auth/start-session";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { SignUpWithInviteInput } from "@/lib/workspaces/sign-up-with-invite";

const LABELS: Record<string, string> = { name: "Your name", email: "Email", password: "Password" };
const SIGN_IN_FAILED = { code: "internal", message: "Your account was created, but signing in failed. Sign in with your new password." } as const;

type Props = {
  token: string;
  /** The invite's email, when it names one: the account must use it. */
  email: string | null;
  minPasswordLength: number;
  action: (input: SignUpWithInviteInput) => Promise<ActionResult<{ email: string; slug: string }>>;
};

/** Creates the account and the membership, then signs the new account in through next-auth as the sign-in form does. */
export function SignUpForm({ token, email, minPasswordLength, action }: Props) {
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
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label="Create your account">
      <ErrorSummary error={signInFailed ? SIGN_IN_FAILED : form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      <Field form={form} name="name" label="Your name" hint="Shown to your teammates beside your changes.">
        {(control) => <input {...control} name="name" autoComplete="name" required className={inputClass} />}
      </Field>
      <Field form={form} name="email" label="Email" hint={email ? "The invite is for this address." : "You will sign in with it."}>
        {(control) =>
          email ? (
            <input {...control} name="email" type="email" value={email} readOnly className={`${inputClass} bg-slate-50`} />
          ) : (
            <input {...control} name="email" type="email" autoComplete="username" required className={inputClass} />
          )
        }
      </Field>
      <Field form={form} name="password" label="Password" hint={`At least ${minPasswordLength} characters.`}>
        {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Create account and join" pendingLabel="Creating your account…" className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
