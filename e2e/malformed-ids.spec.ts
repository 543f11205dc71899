import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test("an address with a malformed item, source or view id shows the page that is not found, not an error", async ({ page }) => {
  await signIn(page, "analyst");
  for (const path of ["/w/demo/items/not-a-uuid", "/w/demo/sources/not-a-uuid", "/w/demo/views/not-a-uuid", "/w/demo/items/00000000-0000-0000-0000-000000000000"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" }), path).toBeVisible();
  }
});
