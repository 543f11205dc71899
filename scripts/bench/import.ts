// `npm run bench:import`: imports a generated 10,000-row spreadsheet of trade measures (Global Trade Alert-style
// columns) into a fresh workspace on a fresh database, twice, then exports it and compares; prints rows per second.
// BENCH_IMPORT_ROWS changes the size. Figures only: nothing here asserts a time.
import { performance } from "node:perf_hooks";
import { disconnectDatabase } from "../../lib/db";
import { verifyHistory } from "../../lib/history/verify-history";
import { importItems } from "../../lib/imports/import-items";
import { exportTracker } from "../../lib/views/export-tracker";
import { createTeam } from "../../tests/factories";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const COUNTRIES = ["Japan", "Republic of Korea", "China", "United States of America", "Germany", "India", "Brazil", "Viet Nam", "European Union", "Chinese Taipei"];
const TYPES = ["Export ban", "Export licensing requirement", "Export quota", "Export tax", "Export-related non-tariff measure, nes", "Import tariff", "State aid"];

/** A deterministic pseudo-random sequence, so every run imports the same file. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const day = (base: number, offset: number) => new Date(Date.UTC(2010, 0, 1) + (base + offset) * 86_400_000).toISOString().slice(0, 10);

function spreadsheet(rows: number): string {
  const next = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  const lines = ["Intervention ID,State Act Title,Intervention Type,Implementing Jurisdiction,Affected Jurisdiction,Announcement Date,Date Implemented,Date Removed,Source,GTA Evaluation"];
  for (let i = 1; i <= rows; i++) {
    const implementing = pick(COUNTRIES);
    const affected = [pick(COUNTRIES), pick(COUNTRIES)].filter((c) => c !== implementing).join("; ");
    const start = Math.floor(next() * 4000);
    const removed = next() < 0.2 ? day(start, 400 + Math.floor(next() * 300)) : "";
    // Most measures have a source statement of their own; some share a government's standing announcement.
    const source = next() < 0.7 ? `${implementing} ministry, notice ${i} on measure ${i}, ${day(start, 0)}, https://example.org/notices/${i}` : `${implementing} official gazette, standing export rules, https://example.org/gazette`;
    const type = pick(TYPES);
    lines.push(
      [String(100_000 + i), `${implementing}: ${type.toLowerCase()} on product group ${i % 97}`, type, implementing, affected, day(start, 0), day(start, 30), removed, source, pick(["Red", "Amber", "Green"])]
        .map(quote)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(ROWS / seconds).toLocaleString("en").padStart(8)} rows/s`);
  return result;
}

const team = await createTeam();
const file = { bytes: new TextEncoder().encode(spreadsheet(ROWS)), mediaType: "text/csv" };
console.log(`Import benchmark: ${ROWS.toLocaleString("en")} rows, ${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB, Global Trade Alert columns`);
const options = { defaultKind: "trade_dispute" as const, fileName: "bench.csv" };
const dry = await timed("dry run (empty workspace)", () => importItems(team.analyst, team.slug, file, options));
const first = await timed("apply", () => importItems(team.analyst, team.slug, file, { ...options, mode: "apply", reason: "Benchmark" }));
console.log(`  created ${first.counts.created} items, ${first.counts.statuses} statuses, ${first.counts.sources} sources; errors ${dry.counts.errors}`);
await timed("dry run again (nothing to change)", () => importItems(team.analyst, team.slug, file, options));
const second = await timed("apply again", () => importItems(team.analyst, team.slug, file, { ...options, mode: "apply", reason: "Benchmark again" }));
console.log(`  second import: created ${second.counts.created}, updated ${second.counts.updated}, unchanged ${second.counts.unchanged}, change record ${second.changeId ?? "none"}`);
let exported = 0;
let cited = 0;
await timed("export (JSON rows)", async () => {
  for await (const row of (await exportTracker(team.viewer, team.slug, {})).rows) {
    exported++;
    if (row.citations.length > 0 && row.citations.every((c) => c.url?.startsWith("https://example.org/"))) cited++;
  }
});
console.log(`  exported ${exported} rows (${exported === ROWS ? "all" : "NOT all"} of the file), ${cited} with their source's address`);
const report = await verifyHistory(null);
console.log(`history:verify: ${report.findings.length === 0 ? "OK" : `${report.findings.length} problems`} (${report.records} records)`);
await disconnectDatabase();
