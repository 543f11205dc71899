import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { CardPage } from "@/components/card-page";
import { TOKEN_PROBLEMS } from "@/lib/accounts/auth-tokens";
import { describeLink } from "@/lib/accounts/describe-link";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { formatRecordedAt } from "@/lib/format";
import { resetPasswordAction } from "./actions";

// The token is in the address: no referrer carries it to another site.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await describeLink(token, ["password_reset"]);
  const problem = !link ? TOKEN_PROBLEMS.unknown : link.state !== "valid" ? TOKEN_PROBLEMS[link.state] : null;
  return (
    <CardPage title="Choose a new password">
      {problem || !link ? (
        <>
          <p role="alert" className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {problem}
          </p>
          <p className="mt-4 text-sm">
            <Link href="/forgot-password" className="text-blue-800 underline">Ask for a new link</Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-2 text-slate-700">
            For {link.email}. This link works once, until {formatRecordedAt(link.expiresAt)}; setting a password signs you out everywhere else.
          </p>
          <ResetPasswordForm token={token} minPasswordLength={MIN_PASSWORD_LENGTH} action={resetPasswordAction} />
        </>
      )}
    </CardPage>
  );
}
