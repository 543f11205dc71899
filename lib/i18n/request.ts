import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { cache } from "react";
import { currentActor } from "@/lib/auth/current-actor";
import { MESSAGES } from "./messages";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, type Locale } from "./locales";

/** The person's chosen language, else their browser's preference among ours, else English. */
export const requestLocale = cache(async (): Promise<Locale> => {
  // While the database is away the page fails on its own reads and says so; its language need not fail with it.
  const actor = await currentActor().catch(() => null);
  if (actor?.locale) return actor.locale;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
});

// next-intl's per-request configuration (next.config.ts names this file). Every language has every message (a unit
// test compares them and the compiler checks every key the code uses), so a fallback is a bug: it shows the key, marked,
// and the browser tests that render each language fail on the mark.
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
    getMessageFallback: ({ namespace, key }) => `⟦${namespace ? `${namespace}.` : ""}${key}⟧`,
  };
});
