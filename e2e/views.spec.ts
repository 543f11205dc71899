import { expect } from "@playwright/test";
import { createShareLink, createView, expireShareLink, EXPORT_CONTROLS, uniqueTitle } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";
import { csvRecords } from "../tests/csv";
import { expectNoSeriousViolations } from "./accessibility";

const COMPLAINT = "South Korea's complaint over Japan's export controls";

test("the analyst saves a team view; the viewer finds it beside the tracker, opens it and cannot change it", async ({ page, browser }) => {
  const name = uniqueTitle("Export controls by status");
  await signIn(page, "analyst");
  const filters = page.getByRole("form", { name: "Tracker filters" });
  await filters.getByRole("combobox", { name: "Kind" }).selectOption("export_control");
  await filters.getByLabel("Group by").selectOption("status");
  await filters.getByRole("group", { name: "Columns" }).getByRole("checkbox", { name: "Last change" }).uncheck();
  await filters.getByRole("button", { name: "Apply" }).click();
  // Only what is set is in the address: no empty filters, no defaults.
  await expect(page).toHaveURL(/\/w\/demo\?kind=export_control&columns=title%2Ckind%2Cjurisdictions%2Cstatus&group=status$/);
  await expect(page.getByRole("columnheader", { name: "Last change" })).toHaveCount(0);

  await page.getByText("Save view", { exact: true }).click();
  const save = page.getByRole("form", { name: "Save view" });
  await save.getByRole("button", { name: "Save" }).click();
  await expect(save.getByLabel("Name")).toHaveAccessibleDescription(/Enter a name/);
  await save.getByLabel("Name").fill(name);
  await save.getByLabel("The team").check();
  await save.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/[?&]view=[0-9a-f-]{36}/);
  await expect(save).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Saved views" }).getByRole("region", { name: "Team views" }).getByRole("link", { name })).toBeVisible();

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, "viewer");
  await viewer.getByRole("region", { name: "Team views" }).getByRole("link", { name }).click();
  await expect(viewer).toHaveURL(/kind=export_control/);
  await expect(viewer.getByText(name, { exact: true }).first()).toBeVisible();
  const table = viewer.getByRole("table", { name: "Tracked items" });
  await expect(table.getByRole("columnheader", { name: "Last change" })).toHaveCount(0);
  await expect(table.getByRole("columnheader", { name: "Lifted" })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(EXPORT_CONTROLS) })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(COMPLAINT) })).toHaveCount(0);

  await viewer.getByRole("link", { name: "View details" }).click();
  await expect(viewer.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(viewer.getByRole("heading", { name: "Rename" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Delete view" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Create share link" })).toHaveCount(0);
  const viewId = new URL(viewer.url()).pathname.split("/").pop();
  const rename = await viewer.request.patch(`/api/v1/workspaces/demo/views/${viewId}`, { data: { name: "Taken over" } });
  expect(rename.status()).toBe(403);
  await viewerContext.close();
});

test("a share link opens the view signed out with the quotations behind each status, shows nothing else, and stops working once revoked", async ({ page, browser, api }) => {
  const view = await createView(await api("analyst"), { kind: "trade_dispute", columns: "kind,title,status" });
  await signIn(page, "analyst");
  await page.goto(`/w/${"demo"}/views/${view.id}`);
  const links = page.getByRole("table", { name: "Share links of this view" });
  await expect(page.getByRole("region", { name: "Share links" }).getByText("No share links yet.")).toBeVisible();
  await page.getByRole("button", { name: "Create share link" }).click();
  const copyBox = page.getByLabel("Link created. Copy it now: it is not shown again.");
  const address = await copyBox.inputValue();
  expect(address).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  // The list shows the new link at once, without a reload.
  await expect(links.getByRole("row")).toHaveCount(2);
  await expect(links.getByRole("row").nth(1)).toContainText("Active");

  const stranger = await browser.newContext();
  expect(await stranger.cookies()).toEqual([]);
  const anonymous = await stranger.newPage();
  const opened = await anonymous.goto(address);
  expect(opened?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { name: view.name, level: 1 })).toBeVisible();
  const table = anonymous.getByRole("table");
  await expect(table.getByRole("row", { name: new RegExp(COMPLAINT) })).toBeVisible();
  await expect(table.getByText(EXPORT_CONTROLS)).toHaveCount(0);
  await expect(table.getByRole("columnheader")).toHaveText(["Kind", "Title", "Current status"]);
  // The evidence: each shown status with the quotations behind it.
  const evidence = anonymous.getByRole("region", { name: "The evidence behind each status" });
  const complaint = evidence.getByRole("listitem").filter({ has: anonymous.getByRole("heading", { name: COMPLAINT }) });
  await expect(complaint.locator("blockquote").first()).toHaveText(/^\S+( \S+){5}/);
  await expect(complaint.locator("cite").first()).toHaveText(/\S/);
  await expect(anonymous.locator("a")).toHaveCount(1); // only the skip link
  await expect(anonymous.getByRole("button")).toHaveCount(0);
  await expect(anonymous.getByText("Aiko Analyst")).toHaveCount(0);
  await expectNoSeriousViolations(anonymous, "share");

  await page.reload();
  const row = links.getByRole("row").nth(1);
  await expect(row.getByRole("cell").nth(4)).toHaveText(/^1(\D|$)/);
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");

  const revoked = await anonymous.goto(address);
  expect(revoked?.status()).toBe(404);
  await expect(anonymous.getByRole("heading", { name: "This link was revoked" })).toBeVisible();
  await expect(anonymous.getByText(COMPLAINT)).toHaveCount(0);
  await stranger.close();

  // A link revoked right after it was made: its address leaves the "copy it now" box with it.
  await page.getByRole("button", { name: "Create share link" }).click();
  await expect(copyBox).toHaveValue(/\/share\//);
  const newest = links.getByRole("row").nth(1);
  await expect(newest).toContainText("Active");
  await newest.getByRole("button", { name: "Revoke" }).click();
  await newest.getByRole("button", { name: "Revoke" }).click();
  await expect(newest).toContainText("Revoked");
  await expect(copyBox).toHaveCount(0);
});

test("a saved view takes the tracker's current filters in place", async ({ page, api }) => {
  const view = await createView(await api("analyst"), { kind: "export_control" });
  await signIn(page, "analyst");
  await page.goto(`/w/demo?kind=export_control&view=${view.id}`);
  await expect(page.getByRole("main").getByText("The filters differ from the saved view's.")).toHaveCount(0);
  const filters = page.getByRole("form", { name: "Tracker filters" });
  await filters.getByRole("combobox", { name: "Kind" }).selectOption("trade_dispute");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/demo\\?kind=trade_dispute&view=${view.id}$`));
  await expect(page.getByRole("main").getByText("The filters differ from the saved view's.")).toBeVisible();
  await page.getByRole("button", { name: `Update “${view.name}” with these filters` }).click();
  await expect(page.getByRole("main").getByText("The filters differ from the saved view's.")).toHaveCount(0);
  await page.getByRole("link", { name: "Manage view" }).click();
  await expect(page.getByRole("region", { name: "What it shows" })).toContainText("Trade dispute");
  const { changes } = (await (await page.request.get("/api/v1/workspaces/demo/changes?type=workspace&limit=5")).json()) as { changes: { type: string }[] };
  expect(changes[0]?.type).toBe("workspace.view_query_updated");
});

test("an expired share link says so", async ({ browser, api }) => {
  const analyst = await api("analyst");
  const view = await createView(analyst, {});
  const link = await createShareLink(analyst, view.id, { expiresInDays: 1 });
  await expireShareLink(link.id);
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(link.path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoSeriousViolations(page, "expired share link");
  expect((await page.goto(`/share/${"A".repeat(43)}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This link does not exist" })).toBeVisible();
  await context.close();
});

test("Export CSV downloads the current tracker view with a byte-order mark and the seeded rows", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/w/demo?kind=export_control&validOn=2020-01-01");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^demo-tracker-valid-\d{4}-\d{2}-\d{2}-recorded-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = csvRecords(bytes.subarray(3).toString("utf8"));
  expect(records.every((r) => r.Kind === "Export control")).toBe(true);
  expect(records.find((r) => r.Title === EXPORT_CONTROLS)).toMatchObject({
    "Implementing jurisdictions": "JP",
    "Affected jurisdictions": "KR",
    Status: "In force",
    "Status effective": "2019",
    Source: expect.stringMatching(/\S/),
    Excerpt: expect.stringContaining("export controls"),
    "Changed by": expect.stringMatching(/\S/),
  });
});
