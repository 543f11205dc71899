import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test("an address with a malformed item, source or view id shows the page that is not found, not an error", async ({ page }) => {
  await signIn(page, "analyst");
  for (const path of ["/w/demo/items/not-a-uuid", "/w/demo/sources/not-a-uuid", "/w/demo/views/not-a-uuid", "/w/demo/items/00000000-0000-0000-0000-000000000000"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" }), path).toBeVisible();
  }
});

test("an address whose escapes do not decode shows the page that is not found, signed in or not, not a server error", async ({ page }) => {
  await page.goto("/share/%ED%A0%80");
  await expect(page.getByRole("heading", { level: 1, name: "This link does not exist" })).toBeVisible();
  await signIn(page, "analyst");
  for (const path of ["/w/demo/items/%ZZ", "/w/demo/sources/%E0%A4%A", "/w/%C0%AF"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" }), path).toBeVisible();
  }
});

test("tracker filters in an address that are not valid are named on the page, with the way back, not an error page", async ({ page }) => {
  await signIn(page, "analyst");
  const cases = [
    ["/w/demo?validOn=2023-02-30", "Enter a real date as YYYY-MM-DD"],
    ["/w/demo?kind=bogus&sort=bogus", "Unknown kind"],
    ["/w/demo?limit=500", "At most 200"],
    ["/w/demo?recordedAt=9999-12-31T23:59:59-12:00", "Not a real date"],
    ["/w/demo/timeline?validOn=2023-02-30", "Enter a real date as YYYY-MM-DD"],
  ] as const;
  for (const [path, problem] of cases) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "The tracker filters in this address are not valid:" });
    await expect(alert, path).toContainText(problem);
    await expect(alert.getByRole("link", { name: "Show every item" }), path).toHaveAttribute("href", path.startsWith("/w/demo/timeline") ? "/w/demo/timeline" : "/w/demo");
  }
});
