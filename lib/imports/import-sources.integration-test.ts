import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyHistory } from "@/lib/history/verify-history";
import { createTeam, unique } from "@/tests/factories";
import { importItems } from "./import-items";
import { importSources } from "./import-sources";

const csv = (lines: string[]) => ({ bytes: new TextEncoder().encode(lines.join("\n")), mediaType: "text/csv" });
const HEADER = "external_id,title,publisher,published_on,url,language,body";

describe("importing sources", () => {
  it("creates sources once, updates their details, refuses a changed text, and items then cite them by external id", async () => {
    const team = await createTeam();
    const text = `${unique("article")} Tokyo said it would ease the controls on fluorinated polyimide.`;
    const first = [HEADER, `s-1,Tokyo eases controls,Nikkei,2023-03-16,https://example.org/a,en,"${text}"`, `s-2,記事,日経,2023-03,,ja,${unique("記事")} 日本は規制を解除した。`];
    expect((await importSources(team.analyst, team.slug, csv(first), {})).counts).toMatchObject({ created: 2, errors: 0 });
    const applied = await importSources(team.analyst, team.slug, csv(first), { mode: "apply", reason: "Our library" });
    expect(applied.changeId).not.toBeNull();
    expect((await importSources(team.analyst, team.slug, csv(first), { mode: "apply", reason: "Again" })).changeId).toBeNull();

    const edited = [HEADER, `s-1,Tokyo eases export controls,Nikkei Asia,2023-03-16,https://example.org/a,en,"${text}"`, `s-2,記事,日経,2023-03,,ja,different text`];
    const dry = await importSources(team.analyst, team.slug, csv(edited), {});
    expect(dry.rows.map((r) => [r.row, r.action, r.errors.map((e) => e.column)])).toEqual([
      [2, "update", []],
      [3, "error", ["body"]],
    ]);
    await importSources(team.analyst, team.slug, csv(edited.slice(0, 2)), { mode: "apply", reason: "Better titles" });
    expect(await db.source.findFirstOrThrow({ where: { workspaceId: team.workspace.id, externalId: "s-1" }, select: { title: true, publisher: true, version: true } })).toEqual({
      title: "Tokyo eases export controls",
      publisher: "Nikkei Asia",
      version: 2,
    });

    const items = { items: [{ externalId: "i-1", kind: "export_control", title: "Controls on polyimide", implementingJurisdictions: "JP", statuses: [{ status: "eased", effectiveOn: "2023-03", citations: [{ sourceExternalId: "s-1", excerpt: "ease the controls" }] }] }] };
    const file = { bytes: new TextEncoder().encode(JSON.stringify(items)), mediaType: "application/json" };
    expect((await importItems(team.analyst, team.slug, file, { mode: "apply", reason: "Items" })).counts).toMatchObject({ created: 1, statuses: 1 });
    expect(await db.trackedItem.findFirstOrThrow({ where: { workspaceId: team.workspace.id, externalId: "i-1" }, select: { needsSource: true, currentStatus: true } })).toEqual({ needsSource: false, currentStatus: "eased" });
    expect((await verifyHistory(null)).findings).toEqual([]);
  });

  it("refuses a text already in the library under another id, and duplicate rows", async () => {
    const team = await createTeam();
    const text = unique("shared text");
    await importSources(team.analyst, team.slug, csv([HEADER, `a,A,,,,en,${text}`]), { mode: "apply", reason: "First" });
    const dry = await importSources(team.analyst, team.slug, csv([HEADER, `b,B,,,,en,${text}`, `c,C,,,,xx-!,other`, `c,C again,,,,en,more`]), {});
    expect(dry.rows.map((r) => [r.row, r.errors.map((e) => e.column)])).toEqual([
      [2, ["body"]],
      [3, ["language"]],
      [4, ["external_id"]],
    ]);
    await expect(importSources(team.viewer, team.slug, csv([HEADER]), {})).rejects.toMatchObject({ kind: "forbidden" });
  });
});
