import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailButton } from "@/components/auth/confirm-email-button";
import { LinkProblem } from "@/components/auth/link-problem";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { describeLink } from "@/lib/accounts/describe-link";
import { confirmEmailAction } from "./actions";

// The token is in the address: no referrer carries it to another site.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verify");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([describeLink(token, ["sign_up", "email_change"]), getTranslations("auth.verify")]);
  const signUp = link.usable && link.purpose === "sign_up";
  return (
    <CardPage title={t("title")}>
      {link.usable ? (
        <>
          <p className="mt-2 text-slate-700">{signUp ? t("signUp", { email: link.email }) : t("change", { email: link.email })}</p>
          <ClientMessages namespaces={["auth"]}>
            <ConfirmEmailButton token={token} label={signUp ? t("confirmSignUp") : t("confirmChange")} action={confirmEmailAction} />
          </ClientMessages>
        </>
      ) : (
        <LinkProblem problem={link.problem} next={{ href: "/sign-in", label: t("toSignIn") }} />
      )}
    </CardPage>
  );
}
