import { z } from "zod";
import { ItemKind } from "@/lib/generated/prisma/enums";
import { ZCreateItem } from "@/lib/tracking/item-input";
import { ITEM_KINDS, KINDS } from "@/lib/tracking/kinds";
import { parsePartialDate, type PartialDate } from "@/lib/tracking/partial-date";
import { jurisdictionCodes } from "./countries";
import { columnKey, readJsonRecords, unstorableFields, type CellError, type Table } from "./read-table";

/** A source a status cites: one of the library's (by the id the team gave it, or ours) with a quoted passage, or a text. */
export type CitationRef =
  | { kind: "library"; externalId: string | null; sourceId: string | null; excerpt: string; row: number; column: string; sourceColumn: string }
  /** A source statement (Global Trade Alert's "Source" column): it becomes a source of its own, cited whole. */
  | { kind: "text"; text: string; row: number; column: string };

export type ImportedStatus = { row: number; status: string; effectiveOn: PartialDate; announcedOn: PartialDate | null; note: string; citations: CitationRef[] };

export type ImportedItem = {
  row: number;
  rows: number[];
  externalId: string;
  fields: z.output<typeof ZCreateItem>;
  statuses: ImportedStatus[];
};

export type ParsedItems = { items: ImportedItem[]; errors: CellError[]; rowCount: number; rowIds: Map<number, string>; ignoredColumns: string[] };

type Field =
  | "externalId"
  | "kind"
  | "title"
  | "summary"
  | "implementingJurisdictions"
  | "affectedJurisdictions"
  | "tags"
  | "status"
  | "effectiveOn"
  | "announcedOn"
  | "note"
  | "sourceExternalId"
  | "sourceId"
  | "excerpt"
  | "interventionType"
  | "implementedOn"
  | "removedOn"
  | "sourceText"
  | "evaluation";

/** The documented template's columns (docs/imports.md), by their matching key. */
export const TEMPLATE_COLUMNS: Record<string, Field> = {
  external_id: "externalId",
  kind: "kind",
  title: "title",
  summary: "summary",
  implementing_jurisdictions: "implementingJurisdictions",
  affected_jurisdictions: "affectedJurisdictions",
  tags: "tags",
  status: "status",
  status_effective_on: "effectiveOn",
  status_announced_on: "announcedOn",
  status_note: "note",
  source_external_id: "sourceExternalId",
  source_id: "sourceId",
  excerpt: "excerpt",
};

/** Global Trade Alert-style columns, and the names other exports of such data give them. */
export const GTA_COLUMNS: Record<string, Field> = {
  intervention_id: "externalId",
  state_act_title: "title",
  intervention_title: "title",
  title: "title",
  intervention_description: "summary",
  description: "summary",
  intervention_type: "interventionType",
  implementing_jurisdiction: "implementingJurisdictions",
  implementing_jurisdictions: "implementingJurisdictions",
  implementing_jurisdiction_s: "implementingJurisdictions",
  affected_jurisdiction: "affectedJurisdictions",
  affected_jurisdictions: "affectedJurisdictions",
  affected_jurisdiction_s: "affectedJurisdictions",
  announcement_date: "announcedOn",
  date_announced: "announcedOn",
  announced: "announcedOn",
  implementation_date: "implementedOn",
  date_implemented: "implementedOn",
  inception_date: "implementedOn",
  implemented: "implementedOn",
  removal_date: "removedOn",
  date_removed: "removedOn",
  removed: "removedOn",
  source: "sourceText",
  sources: "sourceText",
  gta_evaluation: "evaluation",
};

export type Mapping = "template" | "gta";

/** Global Trade Alert's dates, as statuses of each kind: announced, implemented, removed. */
const GTA_STATUSES: Record<ItemKind, [string, string, string]> = {
  export_control: ["announced", "in_force", "lifted"],
  trade_dispute: ["filed", "active", "resolved"],
  cooperation_initiative: ["proposed", "in_progress", "completed"],
  preferred_trader_listing: ["delisting_announced", "delisted", "listed"],
};

const FIELD_OF_ITEM: Partial<Record<string, Field>> = {
  kind: "kind",
  title: "title",
  summary: "summary",
  implementingJurisdictions: "implementingJurisdictions",
  affectedJurisdictions: "affectedJurisdictions",
  tags: "tags",
};

const lower = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, " ");

/** A kind from its key or its label ("export_control", "Export control"). */
function kindOf(text: string): ItemKind | null {
  const wanted = lower(text);
  return ITEM_KINDS.find((kind) => lower(kind) === wanted || lower(KINDS[kind].label) === wanted) ?? null;
}

/** A status of the kind from its key or its label ("in_force", "In force"). */
function statusOf(kind: ItemKind, text: string): string | null {
  const wanted = lower(text);
  return KINDS[kind].statuses.find((s) => lower(s.value) === wanted || lower(s.label) === wanted)?.value ?? null;
}

const list = (cell: string) => cell.split(/[;,\n]/).map((v) => v.trim()).filter(Boolean);

/** Detects the mapping from the header when not given: Global Trade Alert files have an intervention id. */
export function mappingOf(table: Table, asked: Mapping | "auto"): Mapping {
  if (asked !== "auto") return asked;
  return table.columns.some((c) => columnKey(c) === "intervention_id") ? "gta" : "template";
}

type RowValues = { row: number; values: Partial<Record<Field, string>>; columns: Partial<Record<Field, string>> };

/**
 * Items from a CSV table, by the template's columns or Global Trade Alert's. Rows with the same external id describe
 * one item, each adding a status; an item field given on several rows must agree.
 */
export function itemsFromTable(table: Table, mapping: Mapping, options: { defaultKind?: ItemKind }): ParsedItems {
  const known = mapping === "gta" ? GTA_COLUMNS : TEMPLATE_COLUMNS;
  const columnOf: Partial<Record<Field, string>> = {};
  const ignoredColumns: string[] = [];
  for (const column of table.columns) {
    const field = known[columnKey(column)];
    if (field && !columnOf[field]) columnOf[field] = column;
    else if (column) ignoredColumns.push(column);
  }
  const errors: CellError[] = [];
  const required: Field[] = mapping === "gta" ? ["externalId", "title", "implementingJurisdictions"] : ["externalId", "title", "implementingJurisdictions"];
  for (const field of required) {
    if (!columnOf[field] && !(field === "kind" && mapping === "gta")) {
      errors.push({ row: 1, column: field, message: `No column for ${field}: see the import template` });
    }
  }
  if (mapping === "template" && !columnOf.kind) errors.push({ row: 1, column: "kind", message: "No column for kind: see the import template" });
  if (errors.length > 0) return { items: [], errors, rowCount: table.rows.length, rowIds: new Map(), ignoredColumns };

  const records: RowValues[] = table.rows.map(({ row, cells }) => ({
    row,
    columns: columnOf,
    values: Object.fromEntries(Object.entries(columnOf).map(([field, column]) => [field, (cells[column as string] ?? "").trim()])) as Partial<Record<Field, string>>,
  }));
  return group(records, mapping, options, ignoredColumns, table.rows.length);
}

function group(records: RowValues[], mapping: Mapping, options: { defaultKind?: ItemKind }, ignoredColumns: string[], rowCount: number): ParsedItems {
  const errors: CellError[] = [];
  const rowIds = new Map<number, string>();
  const byId = new Map<string, { first: RowValues; item: ImportedItem | null }>();
  const order: string[] = [];
  for (const record of records) {
    const { row, values, columns } = record;
    const at = (field: Field) => columns[field] ?? field;
    const fail = (field: Field, message: string) => errors.push({ row, column: at(field), message });
    const rawId = values.externalId ?? "";
    if (!rawId) {
      fail("externalId", "Give every row an external id: a re-import matches rows to items by it");
      continue;
    }
    if (rawId.length > 200) {
      fail("externalId", "At most 200 characters");
      continue;
    }
    const externalId = mapping === "gta" ? `gta:${rawId}` : rawId;
    rowIds.set(row, externalId);
    let entry = byId.get(externalId);
    if (!entry) {
      const item = itemOf(record, mapping, options, fail);
      if (item) item.externalId = externalId;
      entry = { first: record, item };
      byId.set(externalId, entry);
      order.push(externalId);
    } else {
      // Later rows of an item may repeat its fields, but must not contradict the first.
      for (const field of Object.values(FIELD_OF_ITEM) as Field[]) {
        const mine = values[field] ?? "";
        const first = entry.first.values[field] ?? "";
        if (mine && mine !== first) fail(field, `Differs from row ${entry.first.row} for the same external id`);
      }
      entry.item?.rows.push(row);
    }
    const item = entry.item;
    if (!item) continue;
    item.statuses.push(...statusesOf(record, mapping, item.fields.kind, fail));
  }
  const items = order.map((id) => byId.get(id)?.item).filter((item): item is ImportedItem => Boolean(item));
  return { items, errors, rowCount, rowIds, ignoredColumns };
}

function itemOf(record: RowValues, mapping: Mapping, options: { defaultKind?: ItemKind }, fail: (field: Field, message: string) => void): ImportedItem | null {
  const { values, row } = record;
  let kind: ItemKind | null;
  const tags = list(values.tags ?? "");
  let summary = values.summary ?? "";
  if (mapping === "gta") {
    const type = values.interventionType ?? "";
    kind = /export/i.test(type) ? "export_control" : (options.defaultKind ?? null);
    if (!kind) {
      fail("interventionType", `“${type || "(none)"}” is not an export measure: choose the kind other intervention types are imported as`);
      return null;
    }
    if (type) {
      if (type.length <= 40) tags.push(type.toLowerCase());
      summary = summary ? `${summary}\n\nIntervention type: ${type}` : `Intervention type: ${type}`;
    }
    if (values.evaluation) tags.push(`gta ${values.evaluation.toLowerCase()}`.slice(0, 40));
  } else {
    kind = kindOf(values.kind ?? "");
    if (!kind) {
      fail("kind", `Use one of: ${ITEM_KINDS.join(", ")}`);
      return null;
    }
  }
  const jurisdictions = (field: Field) => {
    const { codes, unknown } = jurisdictionCodes(values[field] ?? "");
    if (unknown.length) fail(field, `Not a known jurisdiction: ${unknown.join(", ")} (use ISO 3166 codes such as JP, or English names)`);
    return codes;
  };
  const parsed = ZCreateItem.safeParse({
    kind,
    title: values.title ?? "",
    summary,
    implementingJurisdictions: jurisdictions("implementingJurisdictions"),
    affectedJurisdictions: jurisdictions("affectedJurisdictions"),
    tags,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fail(FIELD_OF_ITEM[String(issue.path[0])] ?? "title", issue.message);
    return null;
  }
  return { row, rows: [row], externalId: "", fields: parsed.data, statuses: [] };
}

function dateOf(text: string | undefined, field: Field, fail: (field: Field, message: string) => void): PartialDate | null | undefined {
  if (!text) return null;
  const date = parsePartialDate(text);
  if (!date) {
    fail(field, "Write the date as YYYY, YYYY-MM or YYYY-MM-DD");
    return undefined;
  }
  return date;
}

function statusesOf(record: RowValues, mapping: Mapping, kind: ItemKind, fail: (field: Field, message: string) => void): ImportedStatus[] {
  const { values, row, columns } = record;
  const at = (field: Field) => columns[field] ?? field;
  if (mapping === "gta") {
    const [announced, implemented, removed] = GTA_STATUSES[kind];
    const announcedOn = dateOf(values.announcedOn, "announcedOn", fail);
    const implementedOn = dateOf(values.implementedOn, "implementedOn", fail);
    const removedOn = dateOf(values.removedOn, "removedOn", fail);
    if (announcedOn === undefined || implementedOn === undefined || removedOn === undefined) return [];
    const citations: CitationRef[] = values.sourceText ? [{ kind: "text", text: values.sourceText, row, column: at("sourceText") }] : [];
    const statuses: ImportedStatus[] = [];
    const add = (status: string, on: PartialDate, announcedAt: PartialDate | null) => statuses.push({ row, status, effectiveOn: on, announcedOn: announcedAt, note: "", citations });
    // An announcement on the day the measure took effect is the same event: one status, announced that day.
    if (announcedOn && (!implementedOn || implementedOn.date.getTime() !== announcedOn.date.getTime())) add(announced, announcedOn, announcedOn);
    if (implementedOn) add(implemented, implementedOn, announcedOn);
    if (removedOn) add(removed, removedOn, null);
    return statuses;
  }
  const statusText = values.status ?? "";
  const hasCitation = Boolean(values.sourceExternalId || values.sourceId || values.excerpt);
  if (!statusText) {
    if (values.effectiveOn) fail("status", "Name the status this date is for");
    if (hasCitation) fail("status", "Name the status this source supports");
    return [];
  }
  const status = statusOf(kind, statusText);
  if (!status) {
    fail("status", `Not a status of ${KINDS[kind].label.toLowerCase()}s: use one of ${KINDS[kind].statuses.map((s) => s.value).join(", ")}`);
    return [];
  }
  if (!values.effectiveOn) {
    fail("effectiveOn", "Give the date the status took effect");
    return [];
  }
  const effectiveOn = dateOf(values.effectiveOn, "effectiveOn", fail);
  const announcedOn = dateOf(values.announcedOn, "announcedOn", fail);
  if (!effectiveOn || announcedOn === undefined) return [];
  const note = values.note ?? "";
  if (note.length > 2000) fail("note", "At most 2000 characters");
  const citations: CitationRef[] = [];
  if (hasCitation) {
    if (!values.excerpt) fail("excerpt", "Quote the passage of the source that supports the status");
    else if (values.excerpt.length > 5000) fail("excerpt", "At most 5000 characters");
    else if (!values.sourceExternalId && !values.sourceId) fail("sourceExternalId", "Name the source the excerpt is from");
    else if (values.sourceId && !z.uuid().safeParse(values.sourceId).success) fail("sourceId", "Not a source id");
    else {
      const sourceColumn = values.sourceExternalId ? at("sourceExternalId") : at("sourceId");
      citations.push({ kind: "library", externalId: values.sourceExternalId || null, sourceId: values.sourceId || null, excerpt: values.excerpt, row, column: at("excerpt"), sourceColumn });
    }
  }
  return [{ row, status, effectiveOn, announcedOn, note, citations }];
}

const ZJsonList = z.union([z.string(), z.array(z.string())]).optional();
const ZJsonItem = z.object({
  externalId: z.string().trim().min(1, "Give every item an external id").max(200),
  kind: z.string(),
  title: z.string(),
  summary: z.string().optional(),
  implementingJurisdictions: ZJsonList,
  affectedJurisdictions: ZJsonList,
  tags: ZJsonList,
  statuses: z
    .array(
      z.object({
        status: z.string(),
        effectiveOn: z.string(),
        announcedOn: z.string().optional(),
        note: z.string().optional(),
        citations: z.array(z.object({ sourceExternalId: z.string().optional(), sourceId: z.string().optional(), excerpt: z.string() })).max(20).optional(),
      }),
    )
    .max(200)
    .optional(),
});

/** The documented JSON format for items: `{ "items": [ { externalId, kind, title, …, statuses: [ … ] } ] }`. */
export const ZJsonImportItems = z.object({ items: z.array(ZJsonItem) });

const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(";") : (value ?? ""));

/** Items from a JSON file: each record is one item (its "row" is its position, from 1), columns are field paths. */
export function itemsFromJson(text: string): ParsedItems {
  const errors: CellError[] = [];
  const records: RowValues[] = [];
  const all = readJsonRecords(text, "items");
  all.forEach((record, index) => {
    const row = index + 1;
    const unstorable = unstorableFields(record, row);
    if (unstorable.length) {
      errors.push(...unstorable);
      return;
    }
    const parsed = ZJsonItem.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row, column: issue.path.join(".") || "(record)", message: issue.message });
      return;
    }
    const item = parsed.data;
    const base = {
      externalId: item.externalId,
      kind: item.kind,
      title: item.title,
      summary: item.summary ?? "",
      implementingJurisdictions: joined(item.implementingJurisdictions),
      affectedJurisdictions: joined(item.affectedJurisdictions),
      tags: joined(item.tags),
    };
    const fieldColumns = Object.fromEntries(Object.keys(base).map((k) => [k, k])) as Partial<Record<Field, string>>;
    const statuses = item.statuses ?? [];
    const lines = (statuses.length ? statuses : [null]).flatMap((status, s) => {
      const citations = status?.citations?.length ? status.citations : [null];
      return citations.map((citation, c) => ({
        row,
        values: {
          ...base,
          ...(status && { status: status.status, effectiveOn: status.effectiveOn, announcedOn: status.announcedOn ?? "", note: status.note ?? "" }),
          ...(citation && { sourceExternalId: citation.sourceExternalId ?? "", sourceId: citation.sourceId ?? "", excerpt: citation.excerpt }),
        },
        columns: {
          ...fieldColumns,
          status: `statuses.${s}.status`,
          effectiveOn: `statuses.${s}.effectiveOn`,
          announcedOn: `statuses.${s}.announcedOn`,
          note: `statuses.${s}.note`,
          sourceExternalId: `statuses.${s}.citations.${c}.sourceExternalId`,
          sourceId: `statuses.${s}.citations.${c}.sourceId`,
          excerpt: `statuses.${s}.citations.${c}.excerpt`,
        },
      }));
    });
    records.push(...lines);
  });
  const grouped = group(records, "template", {}, [], all.length);
  return { ...grouped, errors: [...errors, ...grouped.errors] };
}
