import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelfSignUpForm } from "@/components/auth/sign-up-form";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { signUpAvailability } from "@/lib/accounts/request-sign-up";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requestSignUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export default async function SignUpPage() {
  const [{ open, settings }, t] = await Promise.all([signUpAvailability(), getTranslations("auth.signUp")]);
  return (
    <CardPage title={t("title")}>
      {open ? (
        <ClientMessages namespaces={["auth"]}>
          <SelfSignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} domains={settings.joinPolicy === "domains" ? settings.allowedDomains : []} action={requestSignUpAction} />
        </ClientMessages>
      ) : (
        <p className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {settings.joinPolicy === "invite_only" ? t("closed") : t("needsMail")}
        </p>
      )}
      <p className="mt-4 text-sm">
        {t.rich("haveAccount", {
          link: (chunks) => (
            <Link href="/sign-in" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </CardPage>
  );
}
