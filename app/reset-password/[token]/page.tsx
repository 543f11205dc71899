import type { Metadata } from "next";
import { LinkProblem } from "@/components/auth/link-problem";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { CardPage } from "@/components/card-page";
import { describeLink } from "@/lib/accounts/describe-link";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { formatRecordedAt } from "@/lib/format";
import { resetPasswordAction } from "./actions";

// The token is in the address: no referrer carries it to another site.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await describeLink(token, ["password_reset"]);
  return (
    <CardPage title="Choose a new password">
      {link.usable ? (
        <>
          <p className="mt-2 text-slate-700">
            For {link.email}. This link works once, until {formatRecordedAt(link.expiresAt)}; setting a password signs you out everywhere else.
          </p>
          <ResetPasswordForm token={token} minPasswordLength={MIN_PASSWORD_LENGTH} action={resetPasswordAction} />
        </>
      ) : (
        <LinkProblem problem={link.problem} next={{ href: "/forgot-password", label: "Ask for a new link" }} />
      )}
    </CardPage>
  );
}
