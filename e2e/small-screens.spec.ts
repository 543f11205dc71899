import { expect } from "@playwright/test";
import { createShareLink, createView, exportControlsItem, expectJson, getSource } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";
import { expectNoSidewaysScroll, PHONE } from "./screen-helpers";

test.use({ viewport: PHONE });

test("every page works at 360 px without scrolling sideways", async ({ page, api }) => {
  const owner = await api("owner");
  const item = await exportControlsItem(owner);
  const sourceId = item.statusEvents[0]?.citations[0]?.source.id as string;
  const source = await getSource(owner, sourceId);
  const view = await createView(owner, { kind: "export_control", columns: "kind,title,jurisdictions,status,changed" });
  const link = await createShareLink(owner, view.id);
  const invite = await expectJson<{ link: string }>(await owner.post("/api/v1/workspaces/demo/invites", { data: { role: "viewer" } }), 201);

  // Signed out first: sign-in, an invite, a shared view.
  await page.goto("/sign-in");
  await expectNoSidewaysScroll(page, "sign-in");
  await page.goto(new URL(invite.link).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page, "invite");
  await page.goto(link.path);
  await expect(page.getByRole("heading", { level: 1, name: view.name })).toBeVisible();
  await expectNoSidewaysScroll(page, "shared view");

  await signIn(page, "owner");
  const pages: [string, string][] = [
    ["tracker", "/w/demo"],
    ["tracker, grouped, as of a date", "/w/demo?group=status&validOn=2020-01-01"],
    ["timeline", "/w/demo/timeline"],
    ["timeline, zoomed, as of a date", "/w/demo/timeline?validOn=2020-01-01&from=2022-01-01&to=2023-12-31"],
    ["overview", "/w/demo/overview"],
    ["item", `/w/demo/items/${item.id}`],
    ["new item", "/w/demo/items/new"],
    ["source", `/w/demo/sources/${source.id}`],
    ["sources", "/w/demo/sources"],
    ["new source", "/w/demo/sources/new"],
    ["search", "/w/demo/search?q=export%20controls"],
    ["activity", "/w/demo/activity"],
    ["members", "/w/demo/members"],
    ["saved view", `/w/demo/views/${view.id}`],
    ["new workspace", "/workspaces/new"],
  ];
  for (const [label, path] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, label);
  }
  // The timeline's and the overview's tables open in place: they scroll in their own boxes.
  await page.goto("/w/demo/timeline");
  await page.getByRole("main").getByTestId("timeline-text").locator("summary").click();
  await expectNoSidewaysScroll(page, "timeline, as a table");
  await page.goto("/w/demo/overview");
  await page.getByRole("main").getByTestId("status-count-text").locator("summary").click();
  await expectNoSidewaysScroll(page, "overview, as tables");
  // The item page's forms open in place: still no sideways scroll.
  await page.goto(`/w/demo/items/${item.id}`);
  await page.getByRole("main").getByTestId("record-status").locator("summary").click();
  await expectNoSidewaysScroll(page, "item, recording a status");
});

test("the icon is served and named in every page's head", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  await page.goto("/sign-in");
  const links = page.locator('head link[rel="icon"]');
  await expect(links.first()).toBeAttached();
  const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""));
  expect(hrefs.some((href) => href.startsWith("/favicon.ico"))).toBe(true);
  const svg = hrefs.find((href) => href.startsWith("/icon"));
  expect(svg).toBeDefined();
  const drawn = await request.get(svg as string);
  expect(drawn.status()).toBe(200);
  expect(drawn.headers()["content-type"]).toContain("image/svg+xml");
});
