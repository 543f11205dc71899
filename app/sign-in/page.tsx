import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignInForm } from "@/components/sign-in-form";
import { needsFirstOwner } from "@/lib/accounts/create-first-owner";
import { signUpAvailability } from "@/lib/accounts/request-sign-up";
import { currentActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

/** Only same-site paths are followed after sign-in, so the link cannot send people elsewhere. */
function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path) return "/";
  try {
    const url = new URL(path, "http://local");
    return url.origin === "http://local" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  if (await currentActor()) redirect(returnTo);
  // A new instance: there is no one to sign in as until the first owner is made.
  if (await needsFirstOwner()) redirect("/setup");
  const [{ open }, t] = await Promise.all([signUpAvailability(), getTranslations("auth.signIn")]);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("tagline")}</p>
        <ClientMessages namespaces={["auth"]}>
          <SignInForm returnTo={returnTo} />
        </ClientMessages>
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="text-blue-800 underline">{t("forgot")}</Link>
        </p>
        {open && (
          <p className="mt-2 text-sm">
            {t.rich("newHere", {
              link: (chunks) => (
                <Link href="/sign-up" className="text-blue-800 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </div>
    </main>
  );
}
