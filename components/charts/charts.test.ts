import { describe, expect, it } from "vitest";
import type { TimelineItem, WorkspaceTimeline } from "@/lib/tracking/workspace-timeline";
import { chartTextFor } from "@/lib/i18n/chart-text";
import { ZTrackerQuery } from "@/lib/views/tracker-query";

const english = chartTextFor("en");
import { countCharts, placeAxisLabels } from "./status-counts";
import { serializeSvg, type SvgNode } from "./svg";
import { relationPhrases, workspaceTimelineDrawing } from "./workspace-timeline";

const utc = (text: string) => new Date(`${text}T00:00:00Z`);

function findAll(node: SvgNode, test: (node: SvgNode) => boolean): SvgNode[] {
  const found = test(node) ? [node] : [];
  for (const child of node.children) if (typeof child !== "string") found.push(...findAll(child, test));
  return found;
}
const textOf = (node: SvgNode): string => node.children.map((child) => (typeof child === "string" ? child : textOf(child))).join("");

function item(id: string, title: string, kind: TimelineItem["kind"], events: TimelineItem["events"]): TimelineItem {
  return {
    id,
    kind,
    title,
    implementingJurisdictions: [],
    affectedJurisdictions: [],
    tags: [],
    status: null,
    effectiveOn: null,
    precision: null,
    next: null,
    needsSource: false,
    hasDiscrepancy: false,
    changedAt: utc("2023-05-16"),
    changedById: null,
    changedBy: null,
    events,
  };
}

const timeline: WorkspaceTimeline = {
  workspace: { slug: "demo", name: "Demo" },
  query: ZTrackerQuery.parse({}),
  period: {},
  present: utc("2025-01-01"),
  items: [
    item("a", "Japan's export controls", "export_control", [
      { status: "in_force", effectiveOn: utc("2019-01-01"), precision: "year" },
      { status: "lifted", effectiveOn: utc("2023-05-01"), precision: "month", announcedOn: utc("2023-03-01"), announcedPrecision: "month" },
    ]),
    item("b", "South Korea's complaint", "trade_dispute", [{ status: "filed", effectiveOn: utc("2019-09-11"), precision: "day" }]),
    item("c", "Korea's delisting of Japan", "preferred_trader_listing", [{ status: "delisted", effectiveOn: utc("2019-09-18"), precision: "day" }]),
    item("d", "Not yet in force", "cooperation_initiative", []),
  ],
  relations: [
    { id: "r1", type: "disputed_in", fromItemId: "a", toItemId: "b", note: "" },
    { id: "r2", type: "retaliates_against", fromItemId: "c", toItemId: "a", note: "" },
    { id: "r3", type: "related_to", fromItemId: "c", toItemId: "b", note: "" },
  ],
  relationsOutside: 0,
  position: { first: 1, last: 4 },
  truncated: false,
};

describe("workspaceTimelineDrawing", () => {
  const drawing = workspaceTimelineDrawing(timeline, { id: "t", width: 1000, label: "Timeline", itemHref: (id) => `/w/demo/items/${id}`, text: english });

  it("makes each row a link to its item, described by its number, title and statuses in words", () => {
    const links = findAll(drawing, (node) => node.tag === "a");
    expect(links.map((link) => link.attrs.href)).toEqual(["/w/demo/items/a", "/w/demo/items/b", "/w/demo/items/c", "/w/demo/items/d"]);
    const description = (link: SvgNode) => textOf(findAll(drawing, (node) => node.tag === "desc" && node.attrs.id === link.attrs["aria-describedby"])[0]!);
    expect(description(links[0]!)).toBe("1. Japan's export controls: In force from 2019 until May 2023; Lifted from May 2023 until today.");
    expect(description(links[3]!)).toBe("4. Not yet in force: No status in this period.");
    // Named by what it shows.
    expect(textOf(links[0]!)).toMatch(/^1\. Japan's export controls.*In force.*Lifted/);
    expect(textOf(links[3]!)).toContain("No status yet");
  });

  it("keeps a row of many short statuses to three rows of labels, each status still named in its tooltip", () => {
    const days = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)));
    const long = item("l", "A long history", "export_control", days.map((day, i) => ({ status: i % 2 ? "lifted" : "in_force", effectiveOn: day, precision: "day" })));
    const drawn = workspaceTimelineDrawing({ ...timeline, items: [long], relations: [] }, { id: "l", width: 1000, label: "Timeline", itemHref: (id) => id, text: english });
    const labelRows = new Set(findAll(drawn, (node) => node.tag === "text" && ["In force", "Lifted"].includes(textOf(node))).map((node) => node.attrs.y));
    expect(labelRows.size).toBeGreaterThan(1);
    expect(labelRows.size).toBeLessThanOrEqual(4);
    expect(findAll(drawn, (node) => node.tag === "title")).toHaveLength(300);
    expect(Number(drawn.attrs.height)).toBeLessThan(200);
  });

  it("draws a line for each relation, from its first end to an arrow at the other, each in a lane of its own", () => {
    const lines = findAll(drawing, (node) => node.attrs["data-relation"] !== undefined);
    expect(lines.map((line) => line.attrs["data-relation"])).toEqual(["disputed_in", "retaliates_against", "related_to"]);
    const paths = lines.map((line) => findAll(line, (node) => node.tag === "path")[0]!.attrs.d as string);
    // Horizontal to the lane, down or up to the other row, back to the bars: three distinct lanes, as all three overlap.
    const lanes = paths.map((d) => Number(/H([\d.]+)V/.exec(d)![1]));
    expect(new Set(lanes).size).toBe(3);
    expect(textOf(lines[1]!)).toBe("3. Korea's delisting of Japan — Retaliates against → 1. Japan's export controls");
  });

  it("names each row's relations beside its title, the strong ones before 'related to'", () => {
    const numbers = new Map([["a", 1], ["b", 2], ["c", 3], ["d", 4]]);
    expect(relationPhrases(english.words, timeline, numbers, "c")).toEqual(["Retaliates against 1", "Related to 2"]);
    expect(relationPhrases(english.words, timeline, numbers, "b")).toEqual(["Disputes 1", "Related to 3"]);
    expect(relationPhrases(chartTextFor("ko").words, timeline, numbers, "c")).toEqual(["보복 대상 1", "관련 2"]);
  });

  it("marks an announcement ahead of its status, and explains the marks it uses in a legend", () => {
    const marks = findAll(drawing, (node) => node.attrs["data-announcement"] !== undefined);
    expect(marks).toHaveLength(1);
    expect(textOf(marks[0]!)).toBe("Lifting announced March 2023, effective May 2023");
    const text = textOf(drawing);
    expect(text).toContain("Announced, ahead of taking effect");
    expect(text).toContain("Retaliates against");
    expect(text).not.toContain("Striped: scheduled");
  });

  it("cuts the histories to a period, leaving out what is outside it", () => {
    const zoomed = workspaceTimelineDrawing({ ...timeline, period: { from: utc("2024-01-01"), to: utc("2024-12-31") } }, { id: "z", width: 1000, label: "Timeline", text: english });
    const rows = findAll(zoomed, (node) => node.attrs["data-item-row"] !== undefined);
    expect(rows).toHaveLength(4);
    // Not links without itemHref; the announcement of 2023 is outside the period.
    expect(findAll(zoomed, (node) => node.tag === "a")).toEqual([]);
    expect(findAll(zoomed, (node) => node.attrs["data-announcement"] !== undefined)).toEqual([]);
    expect(textOf(zoomed)).toContain("Jan 2024");
  });

  it("puts the heading of an exported file in its title and text, and serialises it", () => {
    const exported = workspaceTimelineDrawing(timeline, { id: "e", width: 960, label: "Timeline", heading: { title: "Demo: timeline, 1 Jan 2019 – 1 Jan 2025", lines: ["Items: all"] }, text: english });
    const svg = serializeSvg(exported);
    expect(svg).toContain("<title>Demo: timeline, 1 Jan 2019 – 1 Jan 2025. Items: all</title>");
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 \d+"/);
  });
});

describe("countCharts", () => {
  it("adds the counts up by kind, then by status within each kind, per point", () => {
    const points = [utc("2020-01-01"), utc("2021-01-01")];
    const charts = countCharts(english, {
      points,
      counts: [
        { on: points[0]!, kind: "export_control", status: "in_force", count: 2 },
        { on: points[1]!, kind: "export_control", status: "in_force", count: 1 },
        { on: points[1]!, kind: "export_control", status: "lifted", count: 1 },
        { on: points[1]!, kind: "trade_dispute", status: "filed", count: 3 },
      ],
    });
    expect(charts.map((chart) => chart.title)).toEqual(["Items by kind", "Export control: items by status", "Trade dispute: items by status"]);
    expect(charts[0]!.series.map((s) => s.key)).toEqual(["export_control", "trade_dispute"]);
    expect(charts[0]!.values).toEqual([[2, 0], [2, 3]]);
    // Statuses in the kind's own order (in force before lifted), whatever order the counts came in.
    expect(charts[1]!.series.map((s) => s.label)).toEqual(["In force", "Lifted"]);
    expect(charts[1]!.values).toEqual([[2, 0], [1, 1]]);
  });
});

describe("placeAxisLabels", () => {
  it("keeps labels inside the axis, drops those that would crowd, and always keeps the last", () => {
    const labels = ["2019", "2020", "2021", "2022", "Today"].map((text, index) => ({ text, centre: 10 + index * 20 }));
    const placed = placeAxisLabels(labels, 0, 100);
    expect(placed[0]).toEqual({ x: 0, anchor: "start" });
    expect(placed[1]).toBeNull();
    expect(placed[2]).toEqual({ x: 50, anchor: "middle" });
    expect(placed[3]).toBeNull();
    expect(placed[4]).toEqual({ x: 100, anchor: "end" });
  });
});
