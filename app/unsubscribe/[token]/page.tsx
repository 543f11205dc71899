import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UnsubscribeButton } from "@/components/notifications/unsubscribe-button";
import { isDomainError } from "@/lib/errors";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";
import { unsubscribeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.unsubscribe");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The email's unsubscribe link: it asks before it acts (mail scanners open links, and a GET must change nothing); the
 * mail client's own one-click button POSTs to /api/v1/unsubscribe/<token> instead.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let label: string;
  try {
    label = readUnsubscribeToken(token).label;
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  const t = await getTranslations("auth.unsubscribe");
  return (
    <CardPage title={t("title")}>
      <p className="text-slate-800">{t("question", { label })}</p>
      <div className="mt-4">
        <ClientMessages namespaces={["auth"]}>
          <UnsubscribeButton label={label} action={unsubscribeAction.bind(null, token)} />
        </ClientMessages>
      </div>
    </CardPage>
  );
}
