import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { createItemThroughForm, openForm, uniqueTitle } from "./item-helpers";

test("two people edit one item: the later save shows the earlier change beside its own, and re-applying keeps both", async ({ browser }) => {
  const analystContext = await browser.newContext();
  const ownerContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  const owner = await ownerContext.newPage();
  const title = uniqueTitle("Contested export control");
  const renamed = `${title} (renamed)`;

  await signIn(analyst, "analyst");
  await createItemThroughForm(analyst, title);
  await signIn(owner, "owner");
  await owner.goto(analyst.url());
  await expect(owner.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Both open the edit form on version 1.
  const analystForm = await openForm(analyst, "edit-details");
  const ownerForm = await openForm(owner, "edit-details");

  await ownerForm.getByLabel("Summary").fill("Owner's rewrite of the summary.");
  await ownerForm.getByLabel("Reason").fill("Clarified the summary");
  await ownerForm.getByRole("button", { name: "Save changes" }).click();
  await expect(owner.getByText(/^Version 2 · .* by Olivia Owner$/)).toBeVisible();

  await analystForm.getByLabel("Title").fill(renamed);
  await analystForm.getByLabel("Reason").fill("Shorter title");
  await analystForm.getByRole("button", { name: "Save changes" }).click();

  const conflict = analyst.getByTestId("conflict-view");
  await expect(conflict).toBeVisible();
  await expect(conflict).toBeFocused();
  const theirs = conflict.getByRole("region", { name: "Their change" });
  await expect(theirs).toContainText("Olivia Owner");
  await expect(theirs).toContainText("Item edited");
  await expect(theirs).toContainText("Reason: Clarified the summary");
  await expect(theirs).toContainText("Created by a browser test.");
  await expect(theirs).toContainText("Owner's rewrite of the summary.");
  const yours = conflict.getByRole("region", { name: "Your unsaved change" });
  await expect(yours).toContainText(title);
  await expect(yours).toContainText(renamed);
  await expect(yours).toContainText("Shorter title");
  // Nothing of the analyst's was saved: the page moves on to the owner's version (the header says so and shows their
  // summary), while the analyst's input and the comparison stay.
  await expect(analyst.getByText(/^Version 2 · .* by Olivia Owner$/)).toBeVisible();
  await expect(analyst.getByRole("article").locator("p").filter({ hasText: "Owner's rewrite of the summary." }).first()).toBeVisible();
  await expect(analyst.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(analystForm.getByLabel("Title")).toHaveValue(renamed);
  await expect(conflict).toBeVisible();
  await expect(analyst.getByTestId("change-entry")).toHaveCount(2);

  await conflict.getByRole("button", { name: "Re-apply my change" }).click();
  await expect(analyst.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(analyst.getByText("Owner's rewrite of the summary.").first()).toBeVisible();
  await expect(analyst.getByText(/^Version 3 · .* by Aiko Analyst$/)).toBeVisible();
  await expect(analyst.getByTestId("conflict-view")).toHaveCount(0);

  const history = analyst.getByTestId("change-entry");
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText("Aiko Analyst");
  await expect(history.nth(0)).toContainText(renamed);
  await expect(history.nth(0)).not.toContainText("Owner's rewrite");
  await expect(history.nth(1)).toContainText("Olivia Owner");

  await analystContext.close();
  await ownerContext.close();
});

test("discarding after a conflict reloads the item as the teammate left it", async ({ browser }) => {
  const analystContext = await browser.newContext();
  const ownerContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  const owner = await ownerContext.newPage();
  const title = uniqueTitle("Twice-edited export control");

  await signIn(analyst, "analyst");
  await createItemThroughForm(analyst, title);
  await signIn(owner, "owner");
  await owner.goto(analyst.url());

  const analystForm = await openForm(analyst, "edit-details");
  const ownerForm = await openForm(owner, "edit-details");
  await ownerForm.getByLabel("Tags").fill("owner tag");
  await ownerForm.getByRole("button", { name: "Save changes" }).click();
  await expect(owner.getByText(/^Version 2 /)).toBeVisible();

  await analystForm.getByLabel("Tags").fill("analyst tag");
  await analystForm.getByRole("button", { name: "Save changes" }).click();
  await analyst.getByTestId("conflict-view").getByRole("button", { name: "Discard mine" }).click();

  await expect(analyst.getByText(/^Version 2 /)).toBeVisible();
  await expect(analyst.getByRole("article").locator("dl").first()).toContainText("owner tag");
  await expect(analyst.getByTestId("conflict-view")).toHaveCount(0);
  await expect(analyst.getByTestId("edit-details")).not.toHaveAttribute("open", "");
  await expect(analyst.getByTestId("change-entry")).toHaveCount(2);

  await analystContext.close();
  await ownerContext.close();
});
