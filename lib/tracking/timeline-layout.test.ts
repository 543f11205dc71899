import { describe, expect, it } from "vitest";
import { describeTimeline, layoutTimeline, type TimelineEvent } from "./timeline-layout";

const utc = (text: string) => new Date(`${text}T00:00:00Z`);
const label = (status: string) => ({ in_force: "In force", lifted: "Lifted", eased: "Eased", announced: "Announced" })[status] ?? status;
const event = (status: string, on: string, precision: TimelineEvent["precision"] = "day"): TimelineEvent => ({
  status,
  effectiveOn: utc(on),
  precision,
});

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
    expect(ticks.map((t) => t.label)).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
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
    expect(rows[0]).toBeNull();
    expect(rows.slice(1)).toEqual([0, 1, 2]);
    expect(layout.labelRows).toBe(3);
    for (const band of layout.bands.filter((b) => b.labelRow !== null)) {
      expect(band.labelX + band.label.length * 7).toBeLessThanOrEqual(600);
    }
  });

  it("reuses a label row once the earlier label has ended", () => {
    const layout = layoutTimeline(
      [event("eased", "2000-01-01"), event("lifted", "2000-01-10"), event("in_force", "2010-01-01"), event("announced", "2010-01-05")],
      { today, width: 800, label },
    )!;
    expect(layout.bands.map((b) => b.labelRow)).toEqual([0, null, 0, null]);
  });

  it("spaces year ticks out so that their labels stay apart at the drawing's width", () => {
    const events = [event("in_force", "2000-01-01"), event("lifted", "2010-01-01")];
    const labels = (width: number) => layoutTimeline(events, { today, width, label })!.ticks.map((t) => t.label);
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

describe("describeTimeline", () => {
  it("says each period in words", () => {
    const today = utc("2025-01-01");
    const { bands } = layoutTimeline(
      [event("in_force", "2019-01-01", "year"), event("lifted", "2023-05-01", "month"), event("in_force", "2025-06-01")],
      { today, width: 600, label },
    )!;
    expect(describeTimeline(bands)).toBe("In force from 2019 until May 2023; Lifted from May 2023 until 1 June 2025; In force from 1 June 2025 (scheduled).");
  });
});
