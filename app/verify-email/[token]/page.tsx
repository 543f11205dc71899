import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmEmailButton } from "@/components/auth/confirm-email-button";
import { CardPage } from "@/components/card-page";
import { TOKEN_PROBLEMS } from "@/lib/accounts/auth-tokens";
import { describeLink } from "@/lib/accounts/describe-link";
import { confirmEmailAction } from "./actions";

// The token is in the address: no referrer carries it to another site.
export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await describeLink(token, ["sign_up", "email_change"]);
  const problem = !link ? TOKEN_PROBLEMS.unknown : link.state !== "valid" ? TOKEN_PROBLEMS[link.state] : null;
  return (
    <CardPage title="Confirm your email address">
      {problem || !link ? (
        <>
          <p role="alert" className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {problem}
          </p>
          <p className="mt-4 text-sm">
            <Link href="/sign-in" className="text-blue-800 underline">Go to sign-in</Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-2 text-slate-700">
            {link.purpose === "sign_up" ? `Confirm that ${link.email} is yours to create your account.` : `Confirm ${link.email} as your account's new email address.`}
          </p>
          <ConfirmEmailButton token={token} label={link.purpose === "sign_up" ? "Confirm and create my account" : "Confirm my new address"} action={confirmEmailAction} />
        </>
      )}
    </CardPage>
  );
}
