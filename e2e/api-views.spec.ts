import { expect } from "@playwright/test";
import { csvRecords } from "../tests/csv";
import {
  anotherWorkspace,
  createShareLink,
  createView,
  DEMO,
  EXPORT_CONTROLS,
  expectError,
  expectJson,
  shareLinkOpenings,
  uniqueTitle,
  type SavedView,
} from "./api-helpers";
import { apiTest as test } from "./fixtures";

type Views = { team: SavedView[]; mine: SavedView[] };
type ShareLinkRow = { id: string; state: string; openings: number; canRevoke: boolean };

test("saved views: save, list, rename, duplicate and delete, with each role's limits", async ({ api }) => {
  const analyst = await api("analyst");
  const viewer = await api("viewer");
  const name = uniqueTitle("Disputes");
  const view = await expectJson<SavedView>(await analyst.post(`${DEMO}/views`, { data: { name, visibility: "team", query: "kind=trade_dispute&cursor=x" } }), 201);
  expect(view).toMatchObject({ name, visibility: "team", query: { kind: "trade_dispute" } });

  const taken = await expectError(await analyst.post(`${DEMO}/views`, { data: { name: name.toUpperCase(), query: {} } }), 409, "conflict");
  expect(taken.fields?.name?.[0]).toContain("already have a view named");
  expect((await expectError(await analyst.post(`${DEMO}/views`, { data: { name: " ", query: {} } }), 400, "invalid")).fields).toHaveProperty("name");
  expect((await expectError(await analyst.post(`${DEMO}/views`, { data: { name: "Bad", query: { validOn: "2019-02-30" } } }), 400, "invalid")).fields).toHaveProperty("validOn");
  await expectError(await viewer.post(`${DEMO}/views`, { data: { name: "For all", visibility: "team", query: {} } }), 403, "forbidden");
  const personal = await expectJson<SavedView>(await viewer.post(`${DEMO}/views`, { data: { name: uniqueTitle("Mine"), query: {} } }), 201);
  expect(personal.visibility).toBe("personal");

  const forViewer = await expectJson<Views>(await viewer.get(`${DEMO}/views`), 200);
  expect(forViewer.team.map((v) => v.id)).toContain(view.id);
  expect(forViewer.mine.map((v) => v.id)).toContain(personal.id);
  const forAnalyst = await expectJson<Views>(await analyst.get(`${DEMO}/views`), 200);
  expect([...forAnalyst.team, ...forAnalyst.mine].map((v) => v.id)).not.toContain(personal.id);
  await expectError(await analyst.get(`${DEMO}/views/${personal.id}`), 404, "not_found");
  await expectError(await analyst.get(`${DEMO}/views/not-an-id`), 404, "not_found");

  await expectError(await viewer.patch(`${DEMO}/views/${view.id}`, { data: { name: "Taken over" } }), 403, "forbidden");
  const renamed = uniqueTitle("Renamed");
  expect(await expectJson(await analyst.patch(`${DEMO}/views/${view.id}`, { data: { name: renamed } }), 200)).toEqual({ id: view.id, name: renamed });
  const copy = await expectJson<SavedView>(await viewer.post(`${DEMO}/views/${view.id}/duplicate`, { data: {} }), 201);
  expect(copy).toMatchObject({ name: `${renamed} (copy)`, visibility: "personal", query: { kind: "trade_dispute" } });

  await expectError(await viewer.delete(`${DEMO}/views/${view.id}`), 403, "forbidden");
  expect(await expectJson(await analyst.delete(`${DEMO}/views/${view.id}`), 200)).toEqual({ id: view.id, revokedShareLinks: 0 });
  await expectError(await analyst.get(`${DEMO}/views/${view.id}`), 404, "not_found");
  await expectError(await (await api()).get(`${DEMO}/views`), 401, "unauthenticated");
});

test("share links: the token once, openings logged, revoked links refused", async ({ api }) => {
  const analyst = await api("analyst");
  const view = await createView(analyst, { kind: "export_control" });
  await expectError(await (await api("viewer")).post(`${DEMO}/views/${view.id}/share-links`, { data: {} }), 403, "forbidden");
  expect((await expectError(await analyst.post(`${DEMO}/views/${view.id}/share-links`, { data: { expiresInDays: 0 } }), 400, "invalid")).fields).toHaveProperty("expiresInDays");
  const link = await createShareLink(analyst, view.id, { pinAsOf: true, expiresInDays: 30 });
  expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);

  const stranger = await api();
  const page = await stranger.get(link.path, { headers: { "user-agent": "api-views test" } });
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain(view.name);
  expect(html).toContain(EXPORT_CONTROLS);
  expect(html).not.toContain("South Korea&#x27;s complaint");
  const openings = await shareLinkOpenings(link.id);
  expect(openings).toEqual([{ clientHash: expect.stringMatching(/^[0-9a-f]{64}$/), userAgent: "api-views test" }]);

  const { links } = await expectJson<{ links: ShareLinkRow[] }>(await analyst.get(`${DEMO}/views/${view.id}/share-links`), 200);
  expect(links).toEqual([expect.objectContaining({ id: link.id, state: "active", openings: 1, canRevoke: true })]);
  expect(JSON.stringify(links)).not.toContain(link.token);

  expect(await expectJson(await analyst.delete(`${DEMO}/views/${view.id}/share-links/${link.id}`), 200)).toMatchObject({ id: link.id });
  await expectError(await analyst.delete(`${DEMO}/views/${view.id}/share-links/${link.id}`), 400, "invalid");
  expect((await stranger.get(link.path)).status()).toBe(404);
});

test("exports: CSV with a BOM and JSON, of the tracker's query or a saved view, for members only", async ({ api }) => {
  const viewer = await api("viewer");
  const csv = await viewer.get(`${DEMO}/export.csv?kind=export_control&validOn=2020-01-01`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="demo-tracker-valid-\d{4}-\d{2}-\d{2}-recorded-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv"/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = csvRecords(bytes.subarray(3).toString("utf8"));
  expect(records.find((r) => r.Title === EXPORT_CONTROLS)).toMatchObject({ Status: "In force", "Status effective": "2019" });

  const json = await expectJson<{ workspace: string; query: Record<string, string>; items: { title: string; status: string; citations: unknown[] }[] }>(
    await viewer.get(`${DEMO}/export.json?kind=export_control&validOn=2020-01-01`),
    200,
  );
  expect(json).toMatchObject({ workspace: "demo", query: { kind: "export_control", validOn: "2020-01-01" } });
  expect(json.items.find((i) => i.title === EXPORT_CONTROLS)).toMatchObject({
    status: "in_force",
    citations: expect.arrayContaining([expect.objectContaining({ source: expect.any(String), excerpt: expect.stringContaining("export controls"), publishedOn: expect.any(String) })]),
    asOf: { validOn: "2020-01-01", recordedAt: expect.any(String) },
  });

  const view = await createView(await api("analyst"), { kind: "trade_dispute" });
  const viewCsv = await viewer.get(`${DEMO}/views/${view.id}/export.csv`);
  expect(viewCsv.status()).toBe(200);
  expect(viewCsv.headers()["content-disposition"]).toContain(`filename="${view.name.replace(/[^A-Za-z0-9._-]+/g, "-")}-valid-`);
  expect(csvRecords((await viewCsv.body()).subarray(3).toString("utf8")).every((r) => r.Kind === "Trade dispute")).toBe(true);
  expect((await expectJson<{ view: { id: string } }>(await viewer.get(`${DEMO}/views/${view.id}/export.json`), 200)).view.id).toBe(view.id);

  await expectError(await viewer.get(`${DEMO}/export.csv?validOn=2019-02-30`), 400, "invalid");
  await expectError(await viewer.get(`/api/v1/workspaces/${await anotherWorkspace()}/export.csv`), 404, "not_found");
  await expectError(await (await api()).get(`${DEMO}/export.json`), 401, "unauthenticated");
});

test("lists answer with their bodies: the caller's workspaces and the owner's open invites", async ({ api }) => {
  const owner = await api("owner");
  const { workspaces } = await expectJson<{ workspaces: { slug: string; role: string }[] }>(await owner.get("/api/v1/workspaces"), 200);
  expect(workspaces).toContainEqual(expect.objectContaining({ slug: "demo", role: "owner" }));
  const { invites } = await expectJson<{ invites: unknown[] }>(await owner.get(`${DEMO}/invites`), 200);
  expect(Array.isArray(invites)).toBe(true);
});
