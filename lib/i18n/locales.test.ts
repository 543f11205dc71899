import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it("takes the most preferred of our languages", () => {
    expect(localeFromAcceptLanguage("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ko");
    expect(localeFromAcceptLanguage("fr-FR, ja;q=0.5, en;q=0.4")).toBe("ja");
    expect(localeFromAcceptLanguage("en;q=0.2, ja-JP;q=0.9")).toBe("ja");
    expect(localeFromAcceptLanguage("EN-gb")).toBe("en");
  });

  it("keeps the header's order between equal preferences", () => {
    expect(localeFromAcceptLanguage("ja, ko")).toBe("ja");
    expect(localeFromAcceptLanguage("ko, ja")).toBe("ko");
  });

  it("answers null for none of ours, a refused language, or nothing", () => {
    expect(localeFromAcceptLanguage("fr, de;q=0.8, *;q=0.1")).toBeNull();
    expect(localeFromAcceptLanguage("ja;q=0, fr")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
    expect(localeFromAcceptLanguage("ja;q=banana")).toBe("ja");
  });
});
