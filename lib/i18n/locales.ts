import type { Locale } from "@/lib/generated/prisma/enums";

export type { Locale };

/** The interface languages (docs/decisions/029), English first: the default when nothing else matches. */
export const LOCALES = ["en", "ja", "ko"] as const satisfies readonly Locale[];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language by its own name, as a person looking for their language expects to find it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語", ko: "한국어" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The browser's most preferred language among ours, from an Accept-Language header (RFC 9110: q-values, "ja-JP"
 * matching "ja", "*" ignored); null when it names none of them.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1]).find((value) => value !== undefined);
      return { language: tag.trim().toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.q > 0 && isLocale(range.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranges[0]?.language as Locale | undefined) ?? null;
}
