import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { createItemThroughForm, fillStatusChange, openForm, uniqueTitle } from "./item-helpers";
import { expectNoSeriousViolations } from "./accessibility";

test("the new-item, item-with-forms and activity pages have no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/w/demo/items/new");
  await expect(page.getByRole("heading", { name: "New tracked item" })).toBeVisible();
  await expectNoSeriousViolations(page, "new item");

  await page.getByRole("button", { name: "Create item" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields are not valid." })).toBeFocused();
  await expectNoSeriousViolations(page, "new item with errors");

  const title = uniqueTitle("Accessible export control");
  await createItemThroughForm(page, title);
  await openForm(page, "edit-details");
  const status = await openForm(page, "record-status");
  await fillStatusChange(status, { status: "In force", effectiveOn: "2019", reason: "Both articles date the controls to 2019." });
  await status.getByRole("button", { name: "Record status change" }).click();
  await expect(page.getByTestId("status-event")).toHaveCount(1);

  await openForm(page, "edit-details");
  const again = await openForm(page, "record-status");
  await again.getByRole("button", { name: "Record status change" }).click();
  await expect(again.getByRole("alert")).toBeVisible();
  await page.getByTestId("status-event").getByText("Add a citation").click();
  await page.getByTestId("change-entry").first().getByText("Revert…").click();
  await expectNoSeriousViolations(page, "item with open forms and errors");

  await page.goto("/w/demo/activity");
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  await expectNoSeriousViolations(page, "activity");
  await page.goto("/w/demo/activity?from=2024-99-99");
  await expect(page.getByRole("main").getByText("These filters are not valid.")).toBeVisible();
  await expectNoSeriousViolations(page, "activity with a bad filter");
});
