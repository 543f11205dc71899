import { expect } from "@playwright/test";
import { createItem, DEMO, expectJson } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";

test("an item with more statuses than a page holds shows the latest, says how many there are, and shows all on request", async ({ api, page }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst, "Long-followed control");
  const STATUSES = 51;
  // A day apart from 1 January 2000, recorded in that order: the oldest is 1 January, the latest 20 February.
  for (let n = 0; n < STATUSES; n += 1) {
    const effectiveOn = new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
    await expectJson(
      await analyst.post(`${DEMO}/items/${item.id}/status-changes`, {
        data: { expectedVersion: n + 1, status: n % 2 ? "eased" : "in_force", effectiveOn, reason: `Status ${n + 1}`, noSourceYet: true },
      }),
      201,
    );
  }

  await signIn(page, "analyst");
  await page.goto(`/w/demo/items/${item.id}`);
  const timeline = page.getByRole("region", { name: "Status timeline" });
  await expect(timeline.getByText("Showing the latest 50 of 51 statuses.")).toBeVisible();
  const events = page.getByTestId("status-event");
  await expect(events).toHaveCount(50);
  // Oldest first, from the second status: the first is the one left out.
  await expect(events.first()).toContainText("2 January 2000");
  await expect(events.last()).toContainText("20 February 2000");
  await expect(page.getByText("Showing the latest 50 changes.")).toBeVisible();

  await timeline.getByRole("link", { name: "Show all statuses" }).click();
  await expect(page).toHaveURL(/[?&]statuses=all#timeline$/);
  await expect(events).toHaveCount(STATUSES);
  await expect(events.first()).toContainText("1 January 2000");
  await expect(timeline.getByText(/Showing the latest/)).toHaveCount(0);
});
