import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { EXPORT_CONTROLS, expectJson, uniqueTitle } from "./api-helpers";
import { accountOutsideDemo } from "./db-helpers";
import { apiTest as test, signIn, signInApiAs } from "./fixtures";
import { expectNoSeriousViolations } from "./accessibility";

const COMPLAINT = "South Korea's complaint over Japan's export controls";
const KOREA_LISTS_JAPAN = "Japan on South Korea's list of preferred trading partners";
/** The dispute's four items: the controls, the complaint and both white lists. */
const DISPUTE = "tag=export+controls%2Cwhite+list";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The drawing the page displays (it holds a wide and a narrow one, and shows one of them). */
const drawing = (page: Page) => page.locator('[data-testid="workspace-timeline"]:visible');

test("the timeline draws the demo dispute: related rows joined, announcements marked, zoomed and followed from the keyboard", async ({ page }) => {
  await signIn(page, "analyst");
  // From the tracker, with its filters: the Timeline button carries them.
  await page.goto(`/w/demo?${DISPUTE}`);
  await page.getByRole("main").getByRole("link", { name: "Timeline", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/w/demo/timeline\\?${escape(DISPUTE)}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("main").getByTestId("timeline-filters")).toHaveText(/Tags: export controls, white list/);

  const controls = drawing(page).getByRole("link", { name: new RegExp(`^\\d+\\. ${escape(EXPORT_CONTROLS)}`) });
  await expect(controls).toBeVisible();
  // (Other tests may have recorded statuses of the demo item in between: the first and the last are the seed's.)
  await expect(controls).toHaveAccessibleDescription(new RegExp(`^\\d+\\. ${escape(EXPORT_CONTROLS)}: In force from 2019 until .*; Lifted from May 2023 until today\\.$`));
  // The lifting was announced in March 2023, two months ahead.
  await expect(controls.locator('[data-announcement="lifted"] title')).toHaveText("Lifting announced March 2023, effective May 2023");
  // Relations between rows, each naming both ends.
  const disputed = drawing(page).locator('[data-relation="disputed_in"]');
  await expect(disputed).toHaveCount(1);
  await expect(disputed.locator("title")).toHaveText(new RegExp(`^\\d+\\. ${escape(EXPORT_CONTROLS)} — Disputed in → \\d+\\. ${escape(COMPLAINT)}$`));
  await expect(drawing(page).locator('[data-relation="related_to"]')).toHaveCount(2);
  await expect(drawing(page)).toContainText("Disputed in");

  // The same facts as a table.
  await page.getByRole("main").getByTestId("timeline-text").locator("summary").click();
  const row = page.getByRole("main").getByTestId("timeline-table").getByRole("row").filter({ has: page.getByRole("link", { name: EXPORT_CONTROLS, exact: true }) });
  await expect(row).toContainText("In force from 2019 until");
  await expect(row).toContainText("Lifting announced March 2023, effective May 2023");
  await expect(row).toContainText(`Disputed in`);
  await expect(row).toContainText(COMPLAINT);
  await expectNoSeriousViolations(page, "timeline");

  // Zoom from the keyboard: a preset, then zoom in; the tracker's filters stay.
  await page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "Last 5 years" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`\\?${escape(DISPUTE)}&from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}$`));
  await expect(page.getByRole("link", { name: "Last 5 years" })).toHaveAttribute("aria-current", "true");
  const fiveYears = new URL(page.url()).searchParams;
  await page.getByRole("link", { name: "Zoom in" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(new RegExp(`from=${fiveYears.get("from")}`));
  const zoomed = new URL(page.url()).searchParams;
  const days = (Date.parse(zoomed.get("to") as string) - Date.parse(zoomed.get("from") as string)) / 86_400_000;
  const before = (Date.parse(fiveYears.get("to") as string) - Date.parse(fiveYears.get("from") as string)) / 86_400_000;
  expect(Math.abs(days - before / 2)).toBeLessThanOrEqual(2);
  // A period typed in: the axis then counts quarters.
  await page.getByLabel("From", { exact: true }).fill("2023-01-01");
  await page.getByLabel("To", { exact: true }).fill("2023-12-31");
  await page.getByLabel("To", { exact: true }).press("Enter");
  await expect(page).toHaveURL(/from=2023-01-01&to=2023-12-31/);
  await expect(drawing(page)).toContainText("Apr 2023");
  await expect(drawing(page).locator('[data-announcement="lifted"]')).toHaveCount(1);
  // A period that ends before it starts is refused beside its field, and the whole history is drawn meanwhile.
  await page.goto(`/w/demo/timeline?${DISPUTE}&from=2023-01-01&to=2022-01-01`);
  await expect(page.getByLabel("To", { exact: true })).toHaveAccessibleDescription("End the period after its start");
  await expect(controls).toBeVisible();

  // Tab from the period's last control to the controls' row, and open it with Enter.
  const id = await controls.getAttribute("data-item-row");
  await page.getByRole("button", { name: "Show period" }).focus();
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("data-item-row"))) === id) break;
  }
  await expect(controls).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/demo/items/${id}$`));
  await expect(page.getByRole("heading", { level: 1, name: EXPORT_CONTROLS })).toBeVisible();
});

test("the timeline as recorded on a past day shows what the team knew then", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`/w/demo/timeline?${DISPUTE}&recordedAt=2023-04-01`);
  // On 1 April 2023 only the AP article had been added: none of the dispute's statuses was recorded yet.
  await expect(page.getByRole("main").getByText("No items match these filters.")).toBeVisible();
  await page.goto("/w/demo/timeline?recordedAt=2023-05-16T23:00&validOn=2020-01-01");
  await expect(page.getByRole("status").filter({ hasText: "Showing the timeline as recorded on" })).toBeVisible();
  await expect(drawing(page)).toContainText("Recorded by 16 May 2023");
  await expect(drawing(page)).toContainText("In force on 1 Jan 2020");
  await expect(drawing(page).getByRole("link", { name: new RegExp(`^\\d+\\. ${escape(KOREA_LISTS_JAPAN)}`) })).toHaveAccessibleDescription(
    new RegExp(`^\\d+\\. ${escape(KOREA_LISTS_JAPAN)}: Delisted from 2019 until May 2023; Listed from May 2023 until 16 May 2023\\.$`),
  );
});

/** A person outside the demo with a workspace of their own, holding three items; signed in on the page and the API. */
async function ownWorkspace(page: Page, request: APIRequestContext) {
  const person = await accountOutsideDemo();
  await signInApiAs(request, person.email, person.password);
  const slug = `overview-${Date.now().toString(36)}`;
  await expectJson(await request.post("/api/v1/workspaces", { data: { name: "Overview test", slug } }), 201);
  const items = [
    { kind: "export_control", title: uniqueTitle("Chip controls"), status: "in_force", effectiveOn: "2020" },
    { kind: "export_control", title: "輸出管理の強化（半導体材料）", status: "in_force", effectiveOn: "2022-07" },
    { kind: "trade_dispute", title: uniqueTitle("무역 분쟁 Complaint"), status: "filed", effectiveOn: "2021-06-01" },
  ];
  for (const item of items) {
    const created = await expectJson<{ id: string }>(
      await request.post(`/api/v1/workspaces/${slug}/items`, { data: { kind: item.kind, title: item.title, implementingJurisdictions: ["JP"] } }),
      201,
    );
    await expectJson(
      await request.post(`/api/v1/workspaces/${slug}/items/${created.id}/status-changes`, {
        data: { expectedVersion: 1, status: item.status, effectiveOn: item.effectiveOn, reason: "Reported", noSourceYet: true },
      }),
      201,
    );
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  return { slug, items };
}

test("the overview counts what changed, statuses by kind over time, disagreements and unsourced items", async ({ page, playwright }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const { slug, items } = await ownWorkspace(page, request);
  await page.goto(`/w/${slug}/overview?step=year`);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  const changed = page.getByRole("main").getByTestId("changes-since");
  const group = (name: string) => changed.locator(`[data-group="${name}"]`);
  await expect(group("item").getByTestId("change-count")).toHaveText("3");
  await expect(group("status").getByTestId("change-count")).toHaveText("3");
  await expect(group("status").getByRole("link", { name: items[1]!.title })).toBeVisible();
  await expect(group("status").getByRole("link", { name: "See them in Activity" })).toHaveAttribute("href", /\/activity\?from=\d{4}-\d{2}-\d{2}&type=status$/);
  await expect(page.getByRole("main").getByTestId("open-discrepancies").getByTestId("count")).toHaveText("0");
  await expect(page.getByRole("main").getByTestId("items-without-sources").getByTestId("count")).toHaveText("3");

  // Yearly points from 2020 to today: the numbers as tables.
  await page.getByRole("main").getByTestId("status-count-text").locator("summary").click();
  const table = (caption: string) => page.getByRole("main").getByTestId("status-count-tables").getByRole("table", { name: caption });
  const cells = async (caption: string, row: string) =>
    (await table(caption).getByRole("row", { name: new RegExp(`^${row}`) }).getByRole("cell").allTextContents()).map(Number);
  const byKind = await cells("Items by kind", "Total");
  // 1 Jan 2020: the first controls; 2021: still them (the complaint is filed in June); 2022: both; 2023: the later controls too.
  expect(byKind.slice(0, 4)).toEqual([1, 1, 2, 3]);
  expect(byKind.at(-1)).toBe(3);
  expect((await cells("Export control: items by status", "In force")).at(-1)).toBe(2);
  expect((await cells("Trade dispute: items by status", "Filed")).slice(0, 3)).toEqual([0, 0, 1]);
  await expectNoSeriousViolations(page, "overview");

  // The charts as files for a briefing, from the page's own links.
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("main").getByTestId("statuses-over-time").getByRole("link", { name: "Download SVG" }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toMatch(new RegExp(`^${slug}-statuses-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
  const svg = await request.get(`/api/v1/workspaces/${slug}/statuses.svg?step=year`);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  const svgText = await svg.text();
  expect(svgText).toContain("<title>Overview test: items by kind and status, 1 Jan 2020 – ");
  expect(svgText).toContain("a point per year");
  await expectPng(await request.get(`/api/v1/workspaces/${slug}/statuses.png?step=year`));

  // The timeline of this workspace, with its Japanese and Korean titles, as files.
  const timelineSvg = await request.get(`/api/v1/workspaces/${slug}/timeline.svg?kind=export_control`);
  expect(timelineSvg.status()).toBe(200);
  expect(timelineSvg.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${slug}-timeline-\\d{4}-\\d{2}-\\d{2}\\.svg"$`));
  const timelineText = await timelineSvg.text();
  expect(timelineText).toContain("<title>Overview test: timeline, 1 Jan 2020 – ");
  expect(timelineText).toContain("Kind: Export control");
  expect(timelineText).toContain("輸出管理の強化（半導体材料）");
  expect(timelineText).not.toContain("무역 분쟁");
  await expectPng(await request.get(`/api/v1/workspaces/${slug}/timeline.png`));
  expect((await request.get(`/api/v1/workspaces/${slug}/timeline.png?from=2024-01-01&to=2023-01-01`)).status()).toBe(400);
  await request.dispose();
});

test("the timeline's own download links give the drawing with its title", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`/w/demo/timeline?${DISPUTE}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download SVG" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^demo-timeline-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain("<title>Japan–Korea trade (demo): timeline, 1 Jan 2019 – ");
  expect(text).toContain("Tags: export controls, white list");
  expect(text).toContain(EXPORT_CONTROLS);
  const png = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PNG" }).click();
  expect((await png).suggestedFilename()).toMatch(/^demo-timeline-\d{4}-\d{2}-\d{2}\.png$/);
});

/** A PNG picture of a sane size: its signature, twice the drawing's 960 px width, and tens of kilobytes. */
async function expectPng(response: Awaited<ReturnType<APIRequestContext["get"]>>) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(body.readUInt32BE(16)).toBe(1920);
  expect(body.length).toBeGreaterThan(20_000);
  expect(body.length).toBeLessThan(3_000_000);
}
