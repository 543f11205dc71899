import { createTranslator } from "next-intl";
import type { ChartText } from "@/lib/views/describe-query";
import type { Locale } from "./locales";
import { MESSAGES } from "./messages";
import { wordsFor } from "./words";

/** What charts and their headings say in one language, for pages and for exported files alike. */
export function chartTextFor(locale: Locale): ChartText {
  const messages = MESSAGES[locale];
  return {
    t: createTranslator({ locale, messages, namespace: "query" }),
    c: createTranslator({ locale, messages, namespace: "charts" }),
    words: wordsFor(locale),
  };
}
