"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * The server's English answers (WRONG_CREDENTIALS and DEACTIVATED in lib/auth/sign-in.ts, which this browser bundle cannot
 * import) that the form says in the page's language; any other answer (a lockout's wait) is shown as the server sent it.
 */
const KNOWN_ERRORS: Record<string, "wrong" | "deactivated"> = {
  CredentialsSignin: "wrong",
  "Incorrect email or password.": "wrong",
  "This account has been deactivated. Ask your administrator if you need it again.": "deactivated",
};

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    setPending(false);
    const answer = result?.error ?? "CredentialsSignin";
    const known = Object.hasOwn(KNOWN_ERRORS, answer) ? KNOWN_ERRORS[answer] : undefined;
    setError(known ? t(`signIn.${known}`) : answer);
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("fields.email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("fields.password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? t("signIn.pending") : t("signIn.submit")}
      </button>
    </form>
  );
}
