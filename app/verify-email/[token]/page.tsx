import type { Metadata } from "next";
import { ConfirmEmailButton } from "@/components/auth/confirm-email-button";
import { LinkProblem } from "@/components/auth/link-problem";
import { CardPage } from "@/components/card-page";
import { describeLink } from "@/lib/accounts/describe-link";
import { confirmEmailAction } from "./actions";

// The token is in the address: no referrer carries it to another site.
export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await describeLink(token, ["sign_up", "email_change"]);
  const signUp = link.usable && link.purpose === "sign_up";
  return (
    <CardPage title="Confirm your email address">
      {link.usable ? (
        <>
          <p className="mt-2 text-slate-700">
            {signUp ? `Confirm that ${link.email} is yours to create your account.` : `Confirm ${link.email} as your account's new email address.`}
          </p>
          <ConfirmEmailButton token={token} label={signUp ? "Confirm and create my account" : "Confirm my new address"} action={confirmEmailAction} />
        </>
      ) : (
        <LinkProblem problem={link.problem} next={{ href: "/sign-in", label: "Go to sign-in" }} />
      )}
    </CardPage>
  );
}
