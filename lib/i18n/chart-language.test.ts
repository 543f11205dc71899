import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { chartLocale } from "./chart-language";

const request = (query: string, acceptLanguage?: string) =>
  new Request(`http://localhost/api/v1/workspaces/demo/timeline.svg${query}`, { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} });

describe("an exported chart's language", () => {
  it("is the lang parameter, else the request's Accept-Language, else English", () => {
    expect(chartLocale(request("?lang=ko", "ja"))).toBe("ko");
    expect(chartLocale(request("", "ja-JP,ja;q=0.9"))).toBe("ja");
    expect(chartLocale(request("", "fr"))).toBe("en");
    expect(chartLocale(request(""))).toBe("en");
  });

  it("refuses a language the interface does not speak, rather than guessing", () => {
    expect(() => chartLocale(request("?lang=fr"))).toThrow(ZodError);
    expect(() => chartLocale(request("?lang=JA"))).toThrow(ZodError);
  });
});
