import type { Messages } from "next-intl";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components inside it the messages they translate with: the shared namespaces every page sends, and
 * the namespaces named here (the forms of one page), so that no page sends every message to the browser.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: (keyof Messages)[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
