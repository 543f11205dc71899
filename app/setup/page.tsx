import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { needsFirstOwner } from "@/lib/accounts/create-first-owner";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { createFirstOwnerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setup");
  return { title: t("title") };
}

/** The first run: offered only while the instance has no account at all. */
export default async function SetupPage() {
  const t = await getTranslations("auth.setup");
  if (!(await needsFirstOwner())) {
    return (
      <CardPage title={t("done")}>
        <p className="mt-2 text-slate-700">{t("hasAccounts")}</p>
        <p className="mt-4">
          {t.rich("signInOrAsk", {
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
  return (
    <CardPage title={t("heading")}>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["auth", "members"]}>
        <SetupForm minPasswordLength={MIN_PASSWORD_LENGTH} action={createFirstOwnerAction} />
      </ClientMessages>
    </CardPage>
  );
}
