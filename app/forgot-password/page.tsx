import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { canSendMail } from "@/lib/mail/send-mail";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <CardPage title={t("title")}>
      {canSendMail() ? (
        <>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
          <ClientMessages namespaces={["auth"]}>
            <ForgotPasswordForm action={requestPasswordResetAction} />
          </ClientMessages>
        </>
      ) : (
        <p className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("needsMail")}</p>
      )}
      <p className="mt-4 text-sm">
        <Link href="/sign-in" className="text-blue-800 underline">{t("back")}</Link>
      </p>
    </CardPage>
  );
}
