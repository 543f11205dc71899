import type { Words } from "@/lib/i18n/words";
import type { RelationType } from "@/lib/generated/prisma/enums";
import {
  assignLanes,
  axisTicks,
  fitText,
  layoutBands,
  periodShown,
  textWidth,
  timelineScale,
  type TimelineRow,
} from "@/lib/tracking/timeline-layout";
import type { TimelineItem, WorkspaceTimeline } from "@/lib/tracking/workspace-timeline";
import { groupLabel, type ChartText } from "@/lib/views/describe-query";
import { INK, RELATION_STROKES } from "@/components/status-tone";
import { rowPatternDefs, statusRowNodes, tickLabel } from "./status-row";
import { el, FONT_FAMILY, type SvgNode } from "./svg";

export type TimelineDrawingOptions = {
  /** Prefix of the drawing's ids, unique in the page. */
  id: string;
  width: number;
  /** The drawing's name for assistive technology. */
  label: string;
  /** Where a row's title leads: the item's page. Without it rows are not links. */
  itemHref?: (itemId: string) => string;
  /** A title and lines saying what the drawing shows, for a drawing that leaves the page (an export). */
  heading?: { title: string; lines: string[] };
  /** The language the drawing speaks. */
  text: ChartText;
};

const FONT = 12;
const CHAR = 6.6;
const TITLE_FONT = 13;
const TITLE_CHAR = 7.4;
const TITLE_LINE = 18;
const RELATION_LINE = 14;
/** Below this width a row's relations go on a line of their own. */
const NARROW = 600;
const LABEL_ROW = 15;
const BAR = 20;
const ROW_GAP = 12;
const GROUP_LINE = 24;
const LANE = 9;
const MAX_LANES = 8;
const RIGHT_PAD = 14;

/** "Today", or the day of the record time a timeline is as of ("Recorded by 17 Mar 2023"). */
export function presentLabel({ c, words }: ChartText, timeline: Pick<WorkspaceTimeline, "query" | "present">): string {
  return timeline.query.recordedAt ? c("recordedBy", { date: words.day(timeline.present) }) : c("today");
}

/** A relation from one row to another, read from its first end: "Disputed in 2". */
const relationPhrase = (words: Words, type: RelationType, outgoing: boolean, number: number) => `${words.relation(type, outgoing ? "from" : "to")} ${number}`;

/** The phrases of a row's relations, the strong kinds first and "related to" last. */
export function relationPhrases(words: Words, timeline: Pick<WorkspaceTimeline, "relations">, numbers: Map<string, number>, itemId: string): string[] {
  const phrases = timeline.relations.flatMap((relation) => {
    const outgoing = relation.fromItemId === itemId;
    if (!outgoing && relation.toItemId !== itemId) return [];
    const other = numbers.get(outgoing ? relation.toItemId : relation.fromItemId);
    return other === undefined ? [] : [{ quiet: relation.type === "related_to", text: relationPhrase(words, relation.type, outgoing, other) }];
  });
  return [...phrases.filter((p) => !p.quiet), ...phrases.filter((p) => p.quiet)].map((p) => p.text);
}

type PlacedRow = {
  item: TimelineItem;
  number: number;
  group: string | null;
  phrases: string[];
  relationLine: boolean;
  top: number;
  barTop: number;
  bottom: number;
  layout: TimelineRow;
};

/**
 * The workspace's timeline: a row per item (its number, title and relations, then its statuses as bands on one shared
 * axis, with announcements marked), lines between related rows in a gutter on the left, the axis and today's line on
 * top, the query's "in force on" day marked, and a legend. Rows are links to their items when `itemHref` is given.
 */
export function workspaceTimelineDrawing(timeline: WorkspaceTimeline, options: TimelineDrawingOptions): SvgNode {
  const { id, width, label, itemHref, heading, text } = options;
  const { words } = text;
  const { items, relations, present, query } = timeline;
  const narrow = width < NARROW;
  const numbers = new Map(items.map((item, index) => [item.id, index + 1]));
  const rowIndex = new Map(items.map((item, index) => [item.id, index]));
  const drawn = relations.filter((r) => rowIndex.has(r.fromItemId) && rowIndex.has(r.toItemId) && r.fromItemId !== r.toItemId);
  const lanes = assignLanes(drawn.map((r) => ({ from: rowIndex.get(r.fromItemId)!, to: rowIndex.get(r.toItemId)! }))).map((lane) => Math.min(lane, MAX_LANES - 1));
  const laneCount = lanes.length ? Math.max(...lanes) + 1 : 0;
  const left = 4 + (laneCount ? 10 + laneCount * LANE : 0);
  const right = width - RIGHT_PAD;
  const period = periodShown(
    items.map((item) => item.events),
    timeline.period,
    present,
  );
  const scale = timelineScale(period, left, right);
  const ids = { fade: `${id}-fade`, stripes: `${id}-stripes` };
  // How a band running until the drawing's present ends, in words: "until today", "until 17 Mar 2023".
  const untilNow = query.recordedAt ? words.day(present) : words.today;
  const nodes: SvgNode[] = [];

  // Heading (exports only): the title, then what the drawing shows.
  let y = 0;
  if (heading) {
    y += 24;
    nodes.push(el("text", { x: 4, y, "font-size": 16, "font-weight": 700, fill: INK.text }, fitText(heading.title, width - 8, 8.8)));
    for (const line of heading.lines) {
      y += 17;
      nodes.push(el("text", { x: 4, y, "font-size": FONT, fill: INK.muted }, fitText(line, width - 8, CHAR)));
    }
    y += 12;
  }

  // Marks above the axis: today (or the record day), and the "in force on" day.
  const markLines: { x: number; label: string; colour: string; dash?: string }[] = [];
  const presentX = scale.x(present);
  if (presentX >= left && presentX <= right) markLines.push({ x: presentX, label: presentLabel(text, timeline), colour: INK.text });
  if (query.validOn) {
    const x = scale.x(query.validOn);
    if (x >= left && x <= right) markLines.push({ x, label: text.c("inForceOn", { date: words.day(query.validOn) }), colour: INK.asOf, dash: "5 3" });
  }
  const markTop = y;
  y += markLines.length * 16;
  const tickTop = y;
  y += 22;

  // Rows, laid out top to bottom.
  const placed: PlacedRow[] = [];
  let previousGroup: string | undefined;
  for (const [index, item] of items.entries()) {
    let group: string | null = null;
    if (query.group !== "none" && item.groupKey !== undefined && item.groupKey !== previousGroup) {
      group = groupLabel(text, query.group, item.groupKey);
      previousGroup = item.groupKey;
    }
    const top = y + (group ? GROUP_LINE : 0);
    const layout = layoutBands(item.events, scale, { today: present, label: (status) => words.status(item.kind, status), charWidth: CHAR, labelRight: right });
    const phrases = relationPhrases(words, timeline, numbers, item.id);
    // On a narrow drawing a row's relations take a line of their own, so that its title keeps the width.
    const relationLine = narrow && phrases.length > 0;
    const barTop = top + TITLE_LINE + (relationLine ? RELATION_LINE : 0) + layout.labelRows * LABEL_ROW + (layout.labelRows ? 4 : 2);
    const bottom = barTop + BAR + ROW_GAP;
    placed.push({ item, number: index + 1, group, phrases, relationLine, top, barTop, bottom, layout });
    y = bottom;
  }
  const rowsBottom = y - ROW_GAP + 4;

  // Grid and axis.
  const ticks = axisTicks(scale);
  nodes.push(
    el(
      "g",
      { "aria-hidden": "true" },
      ticks.map((tick) =>
        el(
          "g",
          {},
          el("line", { x1: tick.x, x2: tick.x, y1: tickTop + 16, y2: rowsBottom, stroke: INK.grid }),
          el("text", { x: tick.x, y: tickTop + 12, "text-anchor": tick.x - left < 20 ? "start" : right - tick.x < 20 ? "end" : "middle", "font-size": 11, fill: INK.muted }, tickLabel(tick, words)),
        ),
      ),
      el("line", { x1: left, x2: right, y1: tickTop + 16, y2: tickTop + 16, stroke: INK.faint }),
    ),
  );

  // Rows.
  for (const row of placed) {
    const { item, number, group, phrases, relationLine, top, barTop } = row;
    if (group) {
      nodes.push(
        el(
          "g",
          {},
          el("text", { x: left, y: top - GROUP_LINE + 16, "font-size": FONT, "font-weight": 700, fill: INK.muted }, fitText(group, right - left, CHAR)),
          el("line", { x1: left, x2: right, y1: top - 4, y2: top - 4, stroke: INK.faint, "aria-hidden": "true" }),
        ),
      );
    }
    const relationText = phrases.join(" · ");
    const room = right - left - (relationLine || !relationText ? 0 : Math.min(textWidth(relationText, 6.2) + 8, (right - left) / 2));
    const title = fitText(`${number}. ${item.title}`, room, TITLE_CHAR);
    const relationStyle = { "font-size": 11, "font-weight": 400, fill: INK.muted };
    const description = row.layout.bands.length ? words.bands(row.layout.bands, untilNow) : text.c("noStatusInPeriodSentence");
    const content = [
      el("rect", { x: left, y: top, width: right - left, height: barTop + BAR - top, fill: "transparent" }),
      el(
        "text",
        { x: left, y: top + 13, "font-size": TITLE_FONT, "font-weight": 600, fill: itemHref ? INK.link : INK.text },
        title,
        relationText && !relationLine && el("tspan", { dx: 8, ...relationStyle }, fitText(relationText, (right - left) / 2 - 8, 6.2)),
      ),
      relationLine && el("text", { x: left, y: top + TITLE_LINE + 11, ...relationStyle }, fitText(relationText, right - left, 6.2)),
      row.layout.bands.length
        ? statusRowNodes(
            row.layout,
            item.kind,
            { labelsTop: top + TITLE_LINE + (relationLine ? RELATION_LINE : 0), barTop, barHeight: BAR, labelRowHeight: LABEL_ROW, fontSize: FONT },
            ids,
            untilNow,
            words,
          )
        : el(
            "g",
            {},
            el("rect", { x: left, y: barTop, width: right - left, height: BAR, fill: "none", stroke: INK.grid, "stroke-dasharray": "4 3" }),
            el("text", { x: left + 8, y: barTop + BAR / 2 + 4, "font-size": FONT, fill: INK.muted }, item.events.length ? text.c("noStatusInPeriod") : text.c("noStatus")),
          ),
    ];
    // A link is named by what it shows (its title, perhaps cut, its relations and status labels) and described in
    // full words: the whole title and each period.
    const rowWords = `${number}. ${item.title}: ${description}`;
    const descriptionId = `${id}-row-${number}`;
    nodes.push(
      itemHref
        ? el(
            "g",
            {},
            el("desc", { id: descriptionId }, rowWords),
            el("a", { href: itemHref(item.id), "aria-describedby": descriptionId, "data-item-row": item.id }, content),
          )
        : el("g", { "data-item-row": item.id }, el("title", {}, rowWords), content),
    );
  }

  // Lines between related rows, in the gutter: from the first end's bar to the arrow at the other's.
  const barMiddle = (itemId: string) => {
    const row = placed[rowIndex.get(itemId)!]!;
    return row.barTop + BAR / 2;
  };
  drawn.forEach((relation, index) => {
    const stroke = RELATION_STROKES[relation.type];
    const laneX = left - 8 - lanes[index]! * LANE;
    const from = barMiddle(relation.fromItemId);
    const to = barMiddle(relation.toItemId);
    const fromTitle = items[rowIndex.get(relation.fromItemId)!]!.title;
    const toTitle = items[rowIndex.get(relation.toItemId)!]!.title;
    nodes.push(
      el(
        "g",
        { "data-relation": relation.type },
        el("title", {}, `${numbers.get(relation.fromItemId)}. ${fromTitle} — ${words.relation(relation.type, "from")} → ${numbers.get(relation.toItemId)}. ${toTitle}`),
        el("path", {
          d: `M${left} ${from}H${laneX}V${to}H${left - 3}`,
          fill: "none",
          stroke: stroke.colour,
          "stroke-width": stroke.width,
          "stroke-dasharray": stroke.dash,
          "marker-end": `url(#${id}-arrow-${relation.type})`,
        }),
        el("circle", { cx: left, cy: from, r: 2.5, fill: stroke.colour }),
      ),
    );
  });

  // Today's line and the "in force on" day, over every row.
  markLines.forEach((mark, index) => {
    const labelY = markTop + 12 + index * 16;
    const anchor = mark.x > right - 80 ? "end" : mark.x < left + 80 ? "start" : "middle";
    nodes.push(
      el(
        "g",
        {},
        el("line", { x1: mark.x, x2: mark.x, y1: labelY + 3, y2: rowsBottom, stroke: mark.colour, "stroke-width": 1.5, "stroke-dasharray": mark.dash }),
        el("text", { x: mark.x, y: labelY, "text-anchor": anchor, "font-size": 11, "font-weight": 600, fill: mark.colour }, mark.label),
      ),
    );
  });

  // Legend: what the marks mean, and the kinds of relation drawn.
  const bands = placed.flatMap((row) => row.layout.bands);
  const legend = legendNodes(
    {
      relations: [...new Set(drawn.map((r) => r.type))],
      announcements: placed.some((row) => row.layout.announcements.length > 0),
      faded: bands.some((band) => band.fuzzyWidth > 1),
      scheduled: bands.some((band) => band.future),
    },
    { x: 4, y: rowsBottom + 14, width: width - 8, id },
    text,
  );
  nodes.push(legend.node);
  const height = legend.bottom + 8;

  return el(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, width, height, "font-family": FONT_FAMILY, role: "group", "aria-label": label, "data-testid": "workspace-timeline" },
    heading && el("title", {}, [heading.title, ...heading.lines].join(". ")),
    el(
      "defs",
      {},
      rowPatternDefs(ids).children,
      (Object.keys(RELATION_STROKES) as RelationType[]).map((type) =>
        el(
          "marker",
          { id: `${id}-arrow-${type}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto" },
          el("path", { d: "M0 0L10 5L0 10z", fill: RELATION_STROKES[type].colour }),
        ),
      ),
    ),
    el("rect", { width, height, fill: "white" }),
    nodes,
  );
}

/** The legend's entries, flowing onto as many lines as the width needs. */
function legendNodes(
  shown: { relations: RelationType[]; announcements: boolean; faded: boolean; scheduled: boolean },
  box: { x: number; y: number; width: number; id: string },
  { c, words }: ChartText,
) {
  const entries: { sample: (x: number, y: number) => SvgNode; text: string }[] = [];
  if (shown.announcements) {
    entries.push({
      sample: (x, y) => el("path", { d: `M${x + 6} ${y - 10}l5 5l-5 5l-5 -5z`, fill: INK.text }),
      text: c("legend.announced"),
    });
  }
  if (shown.faded) {
    entries.push({
      sample: (x, y) => el("g", {}, el("rect", { x, y: y - 10, width: 14, height: 10, fill: "#cbd5e1" }), el("rect", { x, y: y - 10, width: 14, height: 10, fill: `url(#${box.id}-fade)` })),
      text: c("legend.faded"),
    });
  }
  if (shown.scheduled) {
    entries.push({
      sample: (x, y) => el("g", {}, el("rect", { x, y: y - 10, width: 14, height: 10, fill: "#cbd5e1" }), el("rect", { x, y: y - 10, width: 14, height: 10, fill: `url(#${box.id}-stripes)` })),
      text: c("legend.scheduled"),
    });
  }
  for (const type of shown.relations) {
    const stroke = RELATION_STROKES[type];
    entries.push({
      sample: (x, y) =>
        el("line", { x1: x, x2: x + 16, y1: y - 5, y2: y - 5, stroke: stroke.colour, "stroke-width": stroke.width, "stroke-dasharray": stroke.dash, "marker-end": `url(#${box.id}-arrow-${type})` }),
      text: words.relation(type, "from"),
    });
  }
  const nodes: SvgNode[] = [];
  let x = box.x;
  let y = box.y + 10;
  for (const entry of entries) {
    const entryWidth = 22 + textWidth(entry.text, 6) + 16;
    if (x > box.x && x + entryWidth > box.x + box.width) {
      x = box.x;
      y += 18;
    }
    nodes.push(el("g", {}, entry.sample(x, y), el("text", { x: x + 22, y, "font-size": 11, fill: INK.muted }, entry.text)));
    x += entryWidth;
  }
  return { node: el("g", { "aria-hidden": "true" }, nodes), bottom: entries.length ? y + 6 : box.y };
}
