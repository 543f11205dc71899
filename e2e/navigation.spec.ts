import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

/** The paths the page has asked the server to prefetch (Next.js's prefetch requests carry this header). */
function prefetchedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

const stayed = (page: Page) => page.evaluate(() => (window as Window & { stayed?: boolean }).stayed === true);

test("a page prefetches none of its links, and they open pages in place", async ({ page, context }) => {
  await signIn(page, "viewer");
  const prefetched = prefetchedPaths(page);
  // The live updates' stream opens from an effect: once it is asked for, the page is hydrated and its links are live.
  const live = page.waitForRequest(/\/api\/v1\/workspaces\/demo\/events\?/);
  await page.goto("/w/demo?sort=title");
  await live;
  await page.evaluate(() => ((window as Window & { stayed?: boolean }).stayed = true));
  // next/link would prefetch every link in view as soon as the page was hydrated, each a server render.
  await page.waitForTimeout(1000);
  expect(prefetched).toEqual([]);

  const rows = page.getByRole("table", { name: "Tracked items" }).locator("td a");
  const first = rows.first();
  const firstTitle = (await first.textContent()) as string;
  await first.hover();
  await first.click();
  await expect(page).toHaveURL(/\/w\/demo\/items\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: firstTitle })).toBeVisible();
  expect(await stayed(page), "the row opened its item without loading a new document").toBe(true);

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/sources$/);
  expect(await stayed(page), "the header's link opened its page in place").toBe(true);

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/w\/demo\?sort=title$/);
  // By keyboard: Enter on a row's link opens it.
  const second = rows.nth(1);
  const secondTitle = (await second.textContent()) as string;
  await second.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: secondTitle })).toBeVisible();
  expect(await stayed(page)).toBe(true);

  // A click with a modifier key is the browser's: the item opens in a new tab and the tracker stays.
  await page.goBack();
  await expect(page).toHaveURL(/\/w\/demo\?sort=title$/);
  const firstPath = (await first.getAttribute("href")) as string;
  const [opened] = await Promise.all([context.waitForEvent("page"), first.click({ modifiers: ["ControlOrMeta"] })]);
  await expect(opened).toHaveURL(new RegExp(`${firstPath}$`));
  await expect(page).toHaveURL(/\/w\/demo\?sort=title$/);
  // Pointing at links and focusing them prefetched nothing either.
  expect(prefetched).toEqual([]);
});
