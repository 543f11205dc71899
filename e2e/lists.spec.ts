import { expect, type Page } from "@playwright/test";
import { expectJson, uniqueTitle } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";
import { createItemThroughForm } from "./item-helpers";

const titlesShown = (page: Page) => page.getByRole("table", { name: "Tracked items" }).getByRole("row").locator("td a").allTextContents();

test("the tracker says where a page stands and pages back as well as forth, grouped too", async ({ page }) => {
  await signIn(page, "viewer");
  for (const query of ["limit=2&sort=title", "limit=2&sort=title&group=kind"]) {
    await page.goto(`/w/demo?${query}`);
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText(/^1–2 of \d+ items/);
    await expect(pages.getByRole("link", { name: "Previous page" })).toHaveCount(0);
    const first = await titlesShown(page);
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(pages).toContainText(/3–4 of \d+ items/);
    const second = await titlesShown(page);
    expect(second).not.toEqual(first);
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(pages).toContainText(/5–6 of \d+ items/);
    await pages.getByRole("link", { name: "Previous page" }).click();
    await expect(pages).toContainText(/3–4 of \d+ items/);
    expect(await titlesShown(page)).toEqual(second);
    await pages.getByRole("link", { name: "Previous page" }).click();
    await expect(pages).toContainText(/^1–2 of \d+ items/);
    expect(await titlesShown(page)).toEqual(first);
    await expect(pages.getByRole("link", { name: "Previous page" })).toHaveCount(0);
    // The page links carry only what is set.
    expect(new URL(page.url()).search).not.toMatch(/=(&|$)/);
  }
});

test("tags keep the case they were typed in, and the tag filter ignores case", async ({ page }) => {
  const title = uniqueTitle("Tagged in capitals");
  await signIn(page, "analyst");
  await page.getByRole("banner").getByRole("link", { name: "New item" }).click();
  await expect(page.getByRole("heading", { name: "New tracked item" })).toBeVisible();
  await page.getByLabel("Kind").selectOption({ label: "Trade dispute" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Implementing jurisdictions").fill("KR");
  await page.getByLabel("Tags").fill("Group A, WTO, wto");
  await page.getByRole("button", { name: "Create item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("article").locator("dl").first()).toContainText("Group A, WTO");

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Tracker" }).click();
  const filters = page.getByRole("form", { name: "Tracker filters" });
  await filters.getByLabel("Tags").fill("group a");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/w\/demo\?tag=group\+a$/);
  await expect(page.getByRole("table", { name: "Tracked items" }).getByRole("link", { name: title })).toBeVisible();
});

test("search results page through each kind, forth and back", async ({ page, api }) => {
  const analyst = await api("analyst");
  const word = `zebrapage${Date.now().toString(36)}`;
  for (let n = 0; n < 12; n++) {
    await expectJson(
      await analyst.post("/api/v1/workspaces/demo/items", { data: { kind: "trade_dispute", title: `${word} dispute ${n}`, implementingJurisdictions: ["KR"] } }),
      201,
    );
  }
  await signIn(page, "viewer");
  await page.goto(`/w/demo/search?q=${word}`);
  const items = page.getByRole("region", { name: "Items" });
  await expect(items.getByRole("listitem")).toHaveCount(10);
  await items.getByRole("link", { name: "Next items" }).click();
  await expect(page).toHaveURL(new RegExp(`only=items&page=2$`));
  await expect(items.getByRole("listitem")).toHaveCount(2);
  await expect(items.getByRole("heading")).toContainText("11–12");
  await expect(items.getByRole("link", { name: "Next items" })).toHaveCount(0);
  await items.getByRole("link", { name: "Previous items" }).click();
  await expect(items.getByRole("listitem")).toHaveCount(10);
  await expect(items.getByRole("heading")).toContainText("1–10");
});

test("creating an item through the form still works at phone width, and its title wraps", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, "analyst");
  await createItemThroughForm(page, uniqueTitle("A long title that must wrap on a narrow screen"));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
