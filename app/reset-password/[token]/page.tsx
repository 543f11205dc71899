import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/auth/link-problem";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { describeLink } from "@/lib/accounts/describe-link";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { getWords } from "@/lib/i18n/server-words";
import { resetPasswordAction } from "./actions";

// The token is in the address: no referrer carries it to another site.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t, words] = await Promise.all([describeLink(token, ["password_reset"]), getTranslations("auth.reset"), getWords()]);
  return (
    <CardPage title={t("title")}>
      {link.usable ? (
        <>
          <p className="mt-2 text-slate-700">{t("intro", { email: link.email, expiresAt: words.recordedAt(link.expiresAt) })}</p>
          <ClientMessages namespaces={["auth"]}>
            <ResetPasswordForm token={token} minPasswordLength={MIN_PASSWORD_LENGTH} action={resetPasswordAction} />
          </ClientMessages>
        </>
      ) : (
        <LinkProblem problem={link.problem} next={{ href: "/forgot-password", label: t("newLink") }} />
      )}
    </CardPage>
  );
}
