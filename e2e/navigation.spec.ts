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

const inThePage = (page: Page) => page.evaluate(() => (window as Window & { stayed?: boolean }).stayed === true);

test("a page prefetches only the link the reader points at, and the tracker's rows and the header open pages in place", async ({ page, context }) => {
  await signIn(page, "viewer");
  const prefetched = prefetchedPaths(page);
  await page.goto("/w/demo?sort=title");
  await page.evaluate(() => ((window as Window & { stayed?: boolean }).stayed = true));
  const rows = page.getByRole("table", { name: "Tracked items" }).locator("td a");
  const first = rows.first();
  const firstPath = (await first.getAttribute("href")) as string;

  // Pointing at a row prefetches its item; the dozens of links in view were not prefetched (each would be a server render).
  // Pointed at again until the page is live (a pointer over it before then is not seen).
  await expect(async () => {
    await page.mouse.move(0, 0);
    await first.hover();
    expect(prefetched).toContain(firstPath);
  }).toPass();
  await page.waitForTimeout(1000);
  expect([...new Set(prefetched)]).toEqual([firstPath]);

  await first.click();
  await expect(page).toHaveURL(new RegExp(`${firstPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await inThePage(page), "the row opened its item without loading a new document").toBe(true);

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Sources" }).hover();
  await expect.poll(() => prefetched.includes("/w/demo/sources")).toBe(true);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/sources$/);
  expect(await inThePage(page), "the header's link opened its page in place").toBe(true);

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/w\/demo\?sort=title$/);
  // By keyboard: Enter on a row's link opens it.
  const second = rows.nth(1);
  const secondPath = (await second.getAttribute("href")) as string;
  await second.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${secondPath}$`));
  expect(await inThePage(page)).toBe(true);

  // A click with a modifier key is the browser's: the item opens in a new tab and the tracker stays.
  await page.goBack();
  await expect(page).toHaveURL(/\/w\/demo\?sort=title$/);
  const [opened] = await Promise.all([context.waitForEvent("page"), rows.first().click({ modifiers: ["ControlOrMeta"] })]);
  await expect(opened).toHaveURL(new RegExp(`${firstPath}$`));
  await expect(page).toHaveURL(/\/w\/demo\?sort=title$/);
});
