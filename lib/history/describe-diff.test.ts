import { describe, expect, it } from "vitest";
import { CHANGE_TYPE_NAMES, changeTypeLabel } from "./change-types";
import { describeDiff } from "./describe-diff";
import { wordsFor } from "@/lib/i18n/words";

const en = wordsFor("en");

const SOURCE = "0190a0b0-0000-7000-8000-000000000001";
const ITEM = "0190a0b0-0000-7000-8000-000000000002";

describe("describeDiff", () => {
  it("reads an item edit in field order, lists as text, and leaves the version out", () => {
    const rows = describeDiff({
      tags: { before: ["wto"], after: [] },
      version: { before: 3, after: 4 },
      title: { before: "Old", after: "New" },
      implementingJurisdictions: { before: ["JP"], after: ["JP", "KR"] },
    }, {}, en);
    expect(rows).toEqual([
      { field: "title", label: "Title", before: ["Old"], after: ["New"] },
      { field: "implementingJurisdictions", label: "Implemented by", before: ["JP"], after: ["JP, KR"] },
      { field: "tags", label: "Tags", before: ["wto"], after: [] },
    ]);
  });

  it("names kinds, statuses, dates, sources and related items, and skips bare ids and empty fields", () => {
    const rows = describeDiff(
      {
        statusEventId: "e1",
        kind: { before: null, after: "export_control" },
        note: { before: null, after: "" },
        status: { before: null, after: "in_force" },
        effectiveOn: { before: null, after: "2023-05" },
        citations: { before: null, after: [{ sourceId: SOURCE, excerpt: "Japan removed the controls.", startOffset: 3, endOffset: 30 }] },
        relation: { before: { type: "supersedes", toItemId: ITEM, note: "" }, after: null },
      },
      { kind: "export_control", sources: { [SOURCE]: "The AP article" }, items: { [ITEM]: "Earlier controls" } },
      en,
    );
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ["Kind", [], ["Export control"]],
      ["Status", [], ["In force"]],
      ["In effect from", [], ["May 2023"]],
      ["Citations", [], ["“Japan removed the controls.” — The AP article"]],
      ["Relation", ["Supersedes “Earlier controls”"], []],
    ]);
  });

  it("reads archiving as a state and survives values it does not know", () => {
    expect(describeDiff({ archived: { before: false, after: true } }, {}, en)[0]).toMatchObject({ before: ["Active"], after: ["Archived"] });
    expect(describeDiff({ weight: { before: 1, after: { a: 2 } } }, {}, en)[0]).toMatchObject({ label: "weight", before: ["1"], after: ['{"a":2}'] });
    expect(describeDiff(null, {}, en)).toEqual([]);
    expect(describeDiff({ citation: { before: null, after: { sourceId: "gone", excerpt: "x" } } }, {}, en)[0]?.after).toEqual(["“x” — an unknown source"]);
  });

  it("reads in the reader's language", () => {
    const ja = wordsFor("ja");
    expect(describeDiff({ archived: { before: false, after: true }, effectiveOn: { before: null, after: "2023-05" } }, {}, ja)).toEqual([
      { field: "effectiveOn", label: "発効日", before: [], after: ["2023年5月"] },
      { field: "archived", label: "状態", before: ["有効"], after: ["アーカイブ済み"] },
    ]);
    expect(describeDiff({ role: { before: "viewer", after: "analyst" } }, {}, wordsFor("ko"))[0]).toMatchObject({ label: "역할", before: ["열람자"], after: ["분석가"] });
  });
});

describe("changeTypeLabel", () => {
  it("labels every known type and never shows a raw code", () => {
    expect(changeTypeLabel("status.recorded")).toBe("Status recorded");
    expect(changeTypeLabel("member.invited")).toBe("Member invited");
    expect(changeTypeLabel("workspace.view_saved")).toBe("Team view saved");
    for (const type of CHANGE_TYPE_NAMES) expect(changeTypeLabel(type)).not.toMatch(/[._]/);
    expect(changeTypeLabel("view.saved")).toBe("Other change");
  });
});

describe("describeDiff of times and roles", () => {
  it("shows times of record in UTC words, not ISO text", () => {
    const [row] = describeDiff({ expiresAt: { before: null, after: "2026-12-05T10:30:00.000Z" } }, {}, en);
    expect(row).toMatchObject({ label: "Expires", after: ["5 Dec 2026, 10:30 UTC"] });
    expect(describeDiff({ role: { before: "viewer", after: "analyst" } }, {}, en)[0]).toMatchObject({ before: ["Viewer"], after: ["Analyst"] });
  });
});
