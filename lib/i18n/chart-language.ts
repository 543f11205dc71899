import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES, localeFromAcceptLanguage, type Locale } from "./locales";

/**
 * The language of an exported chart file: `lang` when given (the pages' download links pass the reader's), else the
 * request's Accept-Language, else English. A route handler reads it from its request: exports are also fetched by
 * scripts with a token, outside any page.
 */
export const ZChartLanguage = z.object({
  lang: z.enum(LOCALES, "Choose en, ja or ko").optional().meta({ description: "The language of the chart's words; without it, the request's Accept-Language" }),
});

export function chartLocale(request: Request): Locale {
  const { lang } = ZChartLanguage.parse({ lang: new URL(request.url).searchParams.get("lang") ?? undefined });
  return lang ?? localeFromAcceptLanguage(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}
