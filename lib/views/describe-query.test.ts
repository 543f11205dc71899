import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { wordsFor } from "@/lib/i18n/words";
import { asOfPhrases, describeQuery, groupLabel, type QueryText } from "./describe-query";
import { ZTrackerQuery } from "./tracker-query";

const textIn = (locale: "en" | "ja"): QueryText => ({ t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "query" }), words: wordsFor(locale) });
const en = textIn("en");

describe("a tracker query in words", () => {
  it("names the as-of dates, a day as a day and an exact time with its time", () => {
    expect(asOfPhrases(en, ZTrackerQuery.parse({}))).toEqual([]);
    expect(asOfPhrases(en, ZTrackerQuery.parse({ recordedAt: "2024-02-29", validOn: "2020-01-01" }))).toEqual([
      "as recorded on 29 Feb 2024",
      "with the statuses in force on 1 Jan 2020",
    ]);
    expect(asOfPhrases(en, ZTrackerQuery.parse({ recordedAt: "2024-02-29T10:30:00Z" }))).toEqual(["as recorded on 29 Feb 2024, 10:30 UTC"]);
  });

  it("lists only what differs from the plain tracker, besides the sort", () => {
    expect(describeQuery(en, ZTrackerQuery.parse({}))).toEqual([{ label: "Sorted by", value: "Last change" }]);
    expect(describeQuery(en, ZTrackerQuery.parse({ kind: "export_control", status: "in_force,lifted", noSource: "1", sort: "title", dir: "desc", group: "status", columns: "status" }))).toEqual([
      { label: "Kind", value: "Export control" },
      { label: "Status", value: "In force, Lifted" },
      { label: "Only", value: "no source yet" },
      { label: "Sorted by", value: "Title (descending)" },
      { label: "Grouped by", value: "Status" },
      { label: "Columns", value: "Title, Status" },
    ]);
  });

  it("labels groups by kind, status and jurisdictions", () => {
    expect(groupLabel(en, "kind", "trade_dispute")).toBe("Trade dispute");
    expect(groupLabel(en, "status", "in_force")).toBe("In force");
    expect(groupLabel(en, "status", "")).toBe("No status yet");
    expect(groupLabel(en, "jurisdiction", "JP, KR")).toBe("Japan, South Korea");
  });

  it("speaks the reader's language", () => {
    const ja = textIn("ja");
    expect(asOfPhrases(ja, ZTrackerQuery.parse({ validOn: "2020-01-01" }))).toEqual(["2020/01/01に有効だったステータス"]);
    expect(describeQuery(ja, ZTrackerQuery.parse({ kind: "export_control", status: "in_force,lifted", dir: "asc" }))).toEqual([
      { label: "種類", value: "輸出管理" },
      { label: "ステータス", value: "施行中、解除" },
      { label: "並び順", value: "最終変更（昇順）" },
    ]);
    expect(groupLabel(ja, "jurisdiction", "JP, KR")).toBe("日本、韓国");
  });
});
