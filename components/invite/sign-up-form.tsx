"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { BUTTON, FormAlert, FormField, INPUT } from "@/components/form-field";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/http/action-result";
import type { SignUpWithInviteInput } from "@/lib/workspaces/sign-up-with-invite";

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
  const { pending, error, run, setError, fieldErrors } = useAction(action);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    run({ token, name: String(form.get("name") ?? ""), email: email ?? String(form.get("email") ?? ""), password }, async (account) => {
      const signedIn = await signIn("credentials", { email: account.email, password, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        setError({ code: "internal", message: "Your account was created, but signing in failed. Sign in with your new password." });
        return;
      }
      router.replace(`/w/${account.slug}`);
      router.refresh();
    });
  }

  // POST, so that a submit before the page has loaded its script never puts the password in the address.
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label="Create your account">
      <FormAlert message={error && !error.fields ? error.message : undefined} />
      <FormField name="name" label="Your name" errors={fieldErrors("name")} hint="Shown to your teammates beside your changes.">
        {(control) => <input {...control} autoComplete="name" required className={INPUT} />}
      </FormField>
      <FormField name="email" label="Email" errors={fieldErrors("email")} hint={email ? "The invite is for this address." : "You will sign in with it."}>
        {(control) =>
          email ? (
            <input {...control} type="email" value={email} readOnly className={`${INPUT} bg-slate-50`} />
          ) : (
            <input {...control} type="email" autoComplete="username" required className={INPUT} />
          )
        }
      </FormField>
      <FormField name="password" label="Password" errors={fieldErrors("password")} hint={`At least ${minPasswordLength} characters.`}>
        {(control) => <input {...control} type="password" autoComplete="new-password" required minLength={minPasswordLength} className={INPUT} />}
      </FormField>
      <button type="submit" disabled={pending} className={`w-full ${BUTTON}`}>
        {pending ? "Creating your account…" : "Create account and join"}
      </button>
    </form>
  );
}
