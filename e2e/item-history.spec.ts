import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { createItemThroughForm, openForm, uniqueTitle } from "./item-helpers";

test("reverting an edit from the history brings the old value back as a new change that names the one it reverts", async ({ page }) => {
  const title = uniqueTitle("Revertible export control");
  const wrongTitle = `${title} (wrong)`;
  await signIn(page, "analyst");
  await createItemThroughForm(page, title);

  const form = await openForm(page, "edit-details");
  await form.getByLabel("Title").fill(wrongTitle);
  await form.getByLabel("Implementing jurisdictions").fill("JP, EU");
  await form.getByLabel("Reason").fill("Thought the EU joined in");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: wrongTitle })).toBeVisible();

  const edit = page.getByTestId("change-entry").first();
  await expect(edit).toContainText("Item edited");
  await expect(edit).toContainText("Reason: Thought the EU joined in");
  // Only the fields the analyst changed are in the edit: the summary and tags were left alone.
  await expect(edit.getByRole("term")).toHaveText(["Title", "Implemented by"]);
  await expect(edit.getByRole("definition").filter({ hasText: "JP, EU" })).toBeVisible();
  const editId = (await edit.getAttribute("id"))?.replace("change-", "");
  expect(editId).toMatch(/^\d+$/);

  await edit.getByText("Revert…").click();
  await edit.getByLabel("Why revert it?").fill("The EU did not join");
  await edit.getByRole("button", { name: `Revert change #${editId}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const details = page.getByRole("article").locator("dl").first();
  await expect(details).toContainText("Implemented by");
  await expect(details).not.toContainText("EU");
  const entries = page.getByTestId("change-entry");
  await expect(entries).toHaveCount(3);
  const revert = entries.first();
  await expect(revert).toContainText("Item edited");
  await expect(revert).toContainText(`reverts #${editId}`);
  await expect(revert).toContainText(`Reason: Revert of change #${editId}: The EU did not join`);
  await expect(revert).toContainText(wrongTitle);
  await expect(entries.nth(1)).toContainText(/reverted by #\d+/);
  await expect(entries.nth(1).getByText("Revert…")).toHaveCount(0);
  await revert.getByRole("link", { name: `reverts #${editId}` }).click();
  await expect(page).toHaveURL(new RegExp(`#change-${editId}$`));
});
