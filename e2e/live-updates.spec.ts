import { expect } from "@playwright/test";
import { SECOND_INSTANCE_URL } from "../playwright.config";
import { createItem, DEMO, expectJson } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";
import { openForm } from "./item-helpers";

test("a change made on one app instance appears live on a page served by the other, marked with who made it", async ({ browser, api }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst, "Live across instances");
  const context = await browser.newContext({ baseURL: SECOND_INSTANCE_URL });
  const page = await context.newPage();
  await signIn(page, "viewer");
  const row = page.getByRole("table", { name: "Tracked items" }).getByRole("row", { name: new RegExp(item.title) });
  await expect(row).toBeVisible();
  // The API call goes to the first instance; the viewer's page listens on the second.
  await expectJson(await analyst.patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 1, fields: { title: `${item.title} (renamed)` } } }), 200);
  await expect(row.getByTestId("live-mark")).toHaveText("Item edited by Aiko Analyst just now");
  await expect(page.getByRole("link", { name: `${item.title} (renamed)` })).toBeVisible();
  await context.close();
});

test("two analysts on one item: each sees the other there, and an open form warns of the teammate's change before the save is refused", async ({ browser, api }) => {
  const item = await createItem(await api("analyst"), "Edited by two");
  const analystContext = await browser.newContext();
  const ownerContext = await browser.newContext({ baseURL: SECOND_INSTANCE_URL });
  const analyst = await analystContext.newPage();
  const owner = await ownerContext.newPage();
  await signIn(analyst, "analyst");
  await signIn(owner, "owner");
  await analyst.goto(`/w/demo/items/${item.id}`);
  await owner.goto(`/w/demo/items/${item.id}`);
  await expect(owner.getByTestId("presence")).toHaveText("Also here: Aiko Analyst");
  await expect(analyst.getByTestId("presence")).toHaveText("Also here: Olivia Owner");

  // The analyst starts editing the summary and does not save yet.
  const analystForm = await openForm(analyst, "edit-details");
  await analystForm.getByLabel("Summary").fill("The analyst's summary");
  await expect(owner.getByTestId("presence")).toHaveText("Also here: Aiko Analyst (editing)");

  // The owner, on the other instance, changes the item first.
  const ownerForm = await openForm(owner, "edit-details");
  await ownerForm.getByLabel("Title").fill(`${item.title}, retitled`);
  await ownerForm.getByRole("button", { name: "Save changes" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: `${item.title}, retitled` })).toBeVisible();

  await expect(analystForm.getByTestId("stale-warning")).toContainText("Olivia Owner just changed this item");
  // The analyst's typing survived: the page did not refresh under the open form.
  await expect(analystForm.getByLabel("Summary")).toHaveValue("The analyst's summary");
  await analystForm.getByRole("button", { name: "Save changes" }).click();
  await expect(analyst.getByTestId("conflict-view")).toContainText("Someone else changed this item while you were editing");
  await analystContext.close();
  await ownerContext.close();
});
