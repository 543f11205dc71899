import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { CardPage } from "@/components/card-page";
import { RESET_NEEDS_MAIL } from "@/lib/accounts/request-password-reset";
import { canSendMail } from "@/lib/mail/send-mail";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <CardPage title="Forgot your password?">
      {canSendMail() ? (
        <>
          <p className="mt-2 text-slate-700">Enter the address you sign in with: we email it a link to choose a new password.</p>
          <ForgotPasswordForm action={requestPasswordResetAction} />
        </>
      ) : (
        <p className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">{RESET_NEEDS_MAIL}</p>
      )}
      <p className="mt-4 text-sm">
        <Link href="/sign-in" className="text-blue-800 underline">Back to sign-in</Link>
      </p>
    </CardPage>
  );
}
