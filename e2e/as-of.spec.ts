import { expect } from "@playwright/test";
import { DEMO, expectJson, uniqueTitle } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";

test("in force on a day between an announcement and its effect: the old status, with the announced one beside it", async ({ page, api }) => {
  const analyst = await api("analyst");
  const title = uniqueTitle("South Korea on Japan's white list");
  const created = await expectJson<{ id: string }>(
    await analyst.post(`${DEMO}/items`, { data: { kind: "preferred_trader_listing", title, implementingJurisdictions: ["JP"], affectedJurisdictions: ["KR"] } }),
    201,
  );
  const record = (data: Record<string, unknown>) => analyst.post(`${DEMO}/items/${created.id}/status-changes`, { data: { reason: "Reported", noSourceYet: true, ...data } });
  await expectJson(await record({ expectedVersion: 1, status: "delisted", effectiveOn: "2019-08-28" }), 201);
  await expectJson(await record({ expectedVersion: 2, status: "listed", effectiveOn: "2023-07-21", announcedOn: "2023-06-27" }), 201);

  await signIn(page, "analyst");
  await page.goto(`/w/demo?validOn=2023-07-01`);
  const row = page.getByRole("table", { name: "Tracked items" }).getByRole("row", { name: new RegExp(title) });
  await expect(row.getByText("Delisted", { exact: true })).toBeVisible();
  await expect(row.getByTestId("next-status")).toHaveText("Relisting announced 27 June 2023, effective 21 July 2023");

  await page.goto(`/w/demo/items/${created.id}`);
  await expect(page.getByText("Listed", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("next-status")).toHaveCount(0);
});

test("as recorded on a day and a time: the form keeps the time, and an answer from before the history began says so", async ({ page }) => {
  await signIn(page, "viewer");
  const filters = page.getByRole("form", { name: "Tracker filters" });
  // The demo's history was recorded when the articles were published: the AP's on 17 March 2023, the other in May.
  await filters.getByLabel("As recorded on (UTC)").fill("2023-03-20T10:30");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/recordedAt=2023-03-20T10(%3A|:)30/);
  await expect(filters.getByLabel("As recorded on (UTC)")).toHaveValue("2023-03-20T10:30");
  await expect(page.getByRole("status").filter({ hasText: "as recorded on 20 Mar 2023, 10:30 UTC" })).toBeVisible();
  const table = page.getByRole("table", { name: "Tracked items" });
  await expect(table.getByRole("row", { name: /Cooperation in future technology industries/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Japan's 2019 export controls/ })).toHaveCount(0);

  await page.goto("/w/demo?recordedAt=2022-12-31");
  await expect(page.getByRole("main").getByText(/Nothing had been recorded by 31 Dec 2022, 23:59 UTC: this workspace's history begins 17 Mar 2023, 12:00 UTC\./)).toBeVisible();
});
