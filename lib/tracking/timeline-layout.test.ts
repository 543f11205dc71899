import { wordsFor } from "@/lib/i18n/words";
import { describe, expect, it } from "vitest";
import {
  assignLanes,
  axisTicks,
  fitText,
  layoutBands,
  layoutTimeline,
  MAX_LABEL_ROWS,
  textWidth,
  timelineDomain,
  timelineScale,
  type TimelineEvent,
  type TimelineTick,
} from "./timeline-layout";

const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const label = (status: string) => ({ in_force: "In force", lifted: "Lifted", eased: "Eased", announced: "Announced" })[status] ?? status;
const event = (status: string, on: string, precision: TimelineEvent["precision"] = "day"): TimelineEvent => ({
  status,
  effectiveOn: utc(on),
  precision,
});
const tickLabels = (ticks: TimelineTick[]) => ticks.map((t) => (t.unit === "year" ? String(t.at.getUTCFullYear()) : t.at.toISOString().slice(0, 7)));

describe("layoutTimeline", () => {
  const today = utc("2025-01-01");

  it("draws each status from its date to the next one's, the last until today, on a year axis", () => {
    const layout = layoutTimeline([event("in_force", "2019-01-01", "year"), event("lifted", "2023-05-01", "month")], {
      today,
      width: 624,
      padding: 12,
      label,
    });
    expect(layout).not.toBeNull();
    const { bands, ticks, todayX } = layout!;
    // 2019-01-01 .. 2025-01-01 is 2192 days over 600 px.
    const px = (days: number) => 12 + (days / 2192) * 600;
    expect(bands.map((b) => b.status)).toEqual(["in_force", "lifted"]);
    expect(bands[0]).toMatchObject({ x: 12, end: utc("2023-05-01"), endPrecision: "month", future: false });
    expect(bands[0]!.width).toBeCloseTo(px(1581) - 12);
    expect(bands[1]!.x + bands[1]!.width).toBeCloseTo(612);
    expect(bands[1]).toMatchObject({ endPrecision: null, end: today });
    expect(todayX).toBeCloseTo(612);
    expect(tickLabels(ticks)).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(ticks[1]!.x).toBeCloseTo(px(365));
  });

  it("fades the part of a band's start that is only known to a year or a month", () => {
    const { bands } = layoutTimeline([event("in_force", "2019-01-01", "year"), event("lifted", "2023-05-01", "month")], {
      today,
      width: 624,
      label,
    })!;
    expect(bands[0]!.fuzzyWidth).toBeCloseTo((365 / 2192) * 600);
    expect(bands[1]!.fuzzyWidth).toBeCloseTo((31 / 2192) * 600);
  });

  it("keeps the last of several statuses on one date, and sorts by date", () => {
    const { bands } = layoutTimeline([event("lifted", "2024-01-01"), event("announced", "2020-06-01"), event("in_force", "2020-06-01")], {
      today,
      width: 600,
      label,
    })!;
    expect(bands.map((b) => b.status)).toEqual(["in_force", "lifted"]);
  });

  it("puts labels inside wide bands and stacks the labels of narrow neighbours in rows above", () => {
    const layout = layoutTimeline(
      [event("in_force", "2019-01-01"), event("eased", "2024-11-01"), event("announced", "2024-11-20"), event("lifted", "2024-12-10")],
      { today, width: 600, label },
    )!;
    const rows = layout.bands.map((b) => b.labelRow);
    expect(rows[0]).toBe("inside");
    expect(rows.slice(1)).toEqual([0, 1, 2]);
    expect(layout.labelRows).toBe(3);
    for (const band of layout.bands.filter((b) => b.labelRow !== "inside")) {
      expect(band.labelX + band.label.length * 7).toBeLessThanOrEqual(600);
    }
  });

  it("reuses a label row once the earlier label has ended", () => {
    const layout = layoutTimeline(
      [event("eased", "2000-01-01"), event("lifted", "2000-01-10"), event("in_force", "2010-01-01"), event("announced", "2010-01-05")],
      { today, width: 800, label },
    )!;
    expect(layout.bands.map((b) => b.labelRow)).toEqual([0, "inside", 0, "inside"]);
  });

  it("stacks at most MAX_LABEL_ROWS rows of labels and leaves the bands beyond them unlabelled", () => {
    const days = ["2024-11-01", "2024-11-05", "2024-11-09", "2024-11-13", "2024-11-17", "2024-11-21"];
    const layout = layoutTimeline([event("in_force", "2019-01-01"), ...days.map((day, i) => event(i % 2 ? "eased" : "lifted", day))], { today, width: 600, label })!;
    expect(MAX_LABEL_ROWS).toBe(3);
    expect(layout.labelRows).toBe(3);
    expect(layout.bands.map((b) => b.labelRow)).toEqual(["inside", 0, 1, 2, "none", "none", "none"]);
  });

  it("spaces year ticks out so that their labels stay apart at the drawing's width", () => {
    const events = [event("in_force", "2000-01-01"), event("lifted", "2010-01-01")];
    const labels = (width: number) => tickLabels(layoutTimeline(events, { today, width, label })!.ticks);
    expect(labels(1224)).toHaveLength(26);
    expect(labels(800)).toEqual(["2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024"]);
    expect(labels(420)).toEqual(["2000", "2005", "2010", "2015", "2020", "2025"]);
  });

  it("shows a status that starts after today as scheduled, for six months", () => {
    const { bands } = layoutTimeline([event("announced", "2024-06-01"), event("in_force", "2025-03-01")], { today, width: 600, label })!;
    expect(bands[1]).toMatchObject({ future: true, end: utc("2025-09-01") });
    expect(bands[0]).toMatchObject({ future: false, end: utc("2025-03-01") });
  });

  it("has nothing to draw without events", () => {
    expect(layoutTimeline([], { today, width: 600, label })).toBeNull();
  });
});

describe("several histories on one axis, cut to a period", () => {
  const today = utc("2025-01-01");
  const controls = [event("in_force", "2019", "year"), { ...event("lifted", "2023-05-01", "month"), announcedOn: utc("2023-03-01"), announcedPrecision: "month" as const }];
  const complaint = [event("filed", "2019-09-11"), event("withdrawn", "2023-03-23")];

  it("spans every history, from the year of the first status or earlier announcement until today or a later scheduled status", () => {
    expect(timelineDomain([controls, complaint], today)).toEqual({ start: utc("2019-01-01"), end: today });
    expect(timelineDomain([[{ ...event("in_force", "2021-02-01"), announcedOn: utc("2020-12-01"), announcedPrecision: "month" }]], today)).toEqual({
      start: utc("2020-01-01"),
      end: today,
    });
    expect(timelineDomain([complaint, [event("announced", "2025-03-01")]], today)).toEqual({ start: utc("2019-01-01"), end: utc("2025-09-01") });
    expect(timelineDomain([[], []], today)).toBeNull();
  });

  it("marks a status announced before it took effect, on its announcement day", () => {
    const scale = timelineScale({ start: utc("2019-01-01"), end: today }, 0, 2192);
    const row = layoutBands(controls, scale, { today, label });
    expect(row.announcements).toHaveLength(1);
    expect(row.announcements[0]).toMatchObject({ status: "lifted", previous: "in_force", announcedPrecision: "month" });
    expect(row.announcements[0]!.x).toBeCloseTo(1520);
    expect(row.announcements[0]!.effectiveX).toBeCloseTo(1581);
    // Announced on or after the day it took effect: nothing to mark ahead of it.
    const late = layoutBands([{ ...event("lifted", "2023-05-01"), announcedOn: utc("2023-05-01"), announcedPrecision: "day" }], scale, { today, label });
    expect(late.announcements).toEqual([]);
  });

  it("cuts bands to the period shown and leaves out those outside it", () => {
    // 2022-01-01 .. 2024-01-01 over 730 px: a pixel a day.
    const scale = timelineScale({ start: utc("2022-01-01"), end: utc("2024-01-01") }, 0, 730);
    const history = [event("announced", "2019-06-01"), event("in_force", "2020-01-01"), event("eased", "2023-01-01"), event("lifted", "2024-06-01")];
    const row = layoutBands(history, scale, { today, label });
    expect(row.bands.map((b) => b.status)).toEqual(["in_force", "eased"]);
    expect(row.bands[0]).toMatchObject({ x: 0, fuzzyWidth: 0 });
    expect(row.bands[0]!.width).toBeCloseTo(365);
    expect(row.bands[1]!.x).toBeCloseTo(365);
    expect(row.bands[1]!.x + row.bands[1]!.width).toBeCloseTo(730);
    // The announcement of 2019 is before the period: not drawn.
    const announced = layoutBands([{ ...event("in_force", "2022-06-01"), announcedOn: utc("2021-10-01"), announcedPrecision: "day" }], scale, { today, label });
    expect(announced.announcements).toEqual([]);
  });

  it("ticks months, quarters or half-years on a short period, years on a long one", () => {
    const ticks = (start: string, end: string, width: number) => tickLabels(axisTicks(timelineScale({ start: utc(start), end: utc(end) }, 0, width)));
    expect(ticks("2023-01-01", "2024-01-01", 1200)).toEqual(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01"]);
    expect(ticks("2022-02-15", "2024-01-01", 800)).toEqual(["2022-04", "2022-07", "2022-10", "2023-01", "2023-04", "2023-07", "2023-10", "2024-01"]);
    expect(ticks("2019-01-01", "2024-01-01", 960)).toEqual(["2019-01", "2019-07", "2020-01", "2020-07", "2021-01", "2021-07", "2022-01", "2022-07", "2023-01", "2023-07", "2024-01"]);
    expect(ticks("2019-06-01", "2026-01-01", 600)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    // Eight years over 1,100 px: half-years would crowd, so years.
    expect(ticks("2019-01-01", "2026-11-29", 1100)).toHaveLength(8);
  });
});

describe("text widths", () => {
  it("counts Japanese and Korean characters about twice as wide as Latin ones", () => {
    expect(textWidth("In force", 7)).toBe(56);
    expect(textWidth("輸出規制", 7)).toBeCloseTo(4 * 12.6);
    expect(textWidth("수출 규제", 7)).toBeCloseTo(4 * 12.6 + 7);
  });

  it("cuts a text to a width with an ellipsis", () => {
    expect(fitText("Japan's export controls", 1000, 7)).toBe("Japan's export controls");
    const cut = fitText("Japan's export controls", 70, 7);
    expect(cut).toBe("Japan's e…");
    expect(textWidth(cut, 7)).toBeLessThanOrEqual(70);
    expect(fitText("日本の輸出管理の強化", 60, 7)).toBe("日本の輸…");
  });
});

describe("assignLanes", () => {
  it("puts spans that overlap in different lanes and reuses a lane once a span has ended", () => {
    expect(assignLanes([])).toEqual([]);
    // 0–3 and 1–2 overlap; 4–5 fits beside 0–3 once it has ended; 5–0 (drawn upwards) overlaps everything.
    expect(assignLanes([{ from: 0, to: 3 }, { from: 1, to: 2 }, { from: 4, to: 5 }, { from: 5, to: 0 }])).toEqual([0, 2, 0, 1]);
    // Spans meeting at a row share it, so they take different lanes.
    expect(assignLanes([{ from: 0, to: 1 }, { from: 1, to: 2 }])).toEqual([0, 1]);
  });
});

describe("a timeline in words", () => {
  it("says each period in words, in each language", () => {
    const today = utc("2025-01-01");
    const { bands } = layoutTimeline(
      [event("in_force", "2019-01-01", "year"), event("lifted", "2023-05-01", "month"), event("in_force", "2025-06-01")],
      { today, width: 600, label },
    )!;
    expect(wordsFor("en").bands(bands)).toBe("In force from 2019 until May 2023; Lifted from May 2023 until 1 June 2025; In force from 1 June 2025 (scheduled).");
    expect(wordsFor("ja").bands(bands)).toBe("In force（2019年〜2023年5月）、Lifted（2023年5月〜2025年6月1日）、In force（2025年6月1日から・予定）。");
  });
});
