import type { Metadata } from "next";
import Link from "next/link";
import { SelfSignUpForm } from "@/components/auth/sign-up-form";
import { CardPage } from "@/components/card-page";
import { SIGN_UP_CLOSED, SIGN_UP_NEEDS_MAIL, signUpAvailability } from "@/lib/accounts/request-sign-up";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requestSignUpAction } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const { open, settings } = await signUpAvailability();
  return (
    <CardPage title="Create an account">
      {open ? (
        <SelfSignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} domains={settings.joinPolicy === "domains" ? settings.allowedDomains : []} action={requestSignUpAction} />
      ) : (
        <p className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {settings.joinPolicy === "invite_only" ? SIGN_UP_CLOSED : SIGN_UP_NEEDS_MAIL}
        </p>
      )}
      <p className="mt-4 text-sm">
        Have an account? <Link href="/sign-in" className="text-blue-800 underline">Sign in</Link>
      </p>
    </CardPage>
  );
}
