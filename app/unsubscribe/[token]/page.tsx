import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CardPage } from "@/components/card-page";
import { UnsubscribeButton } from "@/components/notifications/unsubscribe-button";
import { isDomainError } from "@/lib/errors";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

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
  return (
    <CardPage title="Unsubscribe">
      <p className="text-slate-800">Stop the emails about “{label}”? They stay in your inbox in the app; you can turn the emails on again there.</p>
      <div className="mt-4">
        <UnsubscribeButton label={label} action={unsubscribeAction.bind(null, token)} />
      </div>
    </CardPage>
  );
}
