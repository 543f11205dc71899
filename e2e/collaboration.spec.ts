import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { SECOND_INSTANCE_URL } from "../playwright.config";
import { createItem, DEMO, expectJson } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Empties the person's unread count, so the test can watch it rise from nothing. */
async function readEverything(page: Page) {
  await page.goto("/inbox");
  const markAll = page.getByRole("button", { name: "Mark all read" });
  if (await markAll.isVisible()) await markAll.click();
  await expect(page.getByTestId("inbox-unread")).toHaveText("Nothing unread.");
}

test("a mention in a comment raises a teammate's unread count live, on another app instance, and waits in their inbox", async ({ browser, api }) => {
  const item = await createItem(await api("analyst"), "Discussed live");
  const analystContext = await browser.newContext();
  const ownerContext = await browser.newContext({ baseURL: SECOND_INSTANCE_URL });
  const analyst = await analystContext.newPage();
  const owner = await ownerContext.newPage();
  await signIn(analyst, "analyst");
  await signIn(owner, "owner");

  await readEverything(owner);
  // The owner watches the item, then waits on the tracker (served by the second instance).
  await owner.goto(`/w/demo/items/${item.id}`);
  await owner.getByRole("button", { name: "Watch" }).click();
  await expect(owner.getByRole("button", { name: "Unwatch" })).toBeVisible();
  await owner.goto("/w/demo");
  await expect(owner.getByTestId("inbox-link")).toHaveAccessibleName("Inbox");

  // The analyst, on the first instance, mentions the owner; markup typed in a comment stays text.
  await analyst.goto(`/w/demo/items/${item.id}`);
  const form = analyst.getByRole("form", { name: "New comment" });
  await form.getByLabel("Comment").fill("@Olivia Owner is this <img src=x onerror=alert(1)> in force yet?");
  await form.getByRole("button", { name: "Post comment" }).click();
  const thread = analyst.getByRole("list", { name: "Comment threads" });
  await expect(thread.getByRole("article", { name: "Comment by Aiko Analyst" })).toContainText("is this <img src=x onerror=alert(1)> in force yet?");
  await expect(thread.getByText("@Olivia Owner", { exact: true })).toBeVisible();

  await expect(owner.getByTestId("inbox-link")).toHaveAccessibleName("Inbox 1 unread");
  // A change to the watched item follows, by the API.
  await expectJson(await (await api("analyst")).patch(`${DEMO}/items/${item.id}`, { data: { expectedVersion: 1, fields: { title: `${item.title} (renamed)` } } }), 200);
  await expect(owner.getByTestId("inbox-link")).toHaveAccessibleName("Inbox 2 unread");

  await owner.getByTestId("inbox-link").click();
  await expect(owner.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const notifications = owner.getByTestId("notification");
  await expect(notifications.first()).toContainText(`Item edited by Aiko Analyst on “${item.title} (renamed)”`);
  const mention = notifications.filter({ hasText: "Aiko Analyst mentioned you" });
  await expect(mention).toContainText("is this <img src=x onerror=alert(1)> in force yet?");
  await expectNoSeriousViolations(owner);

  // Opening the mention reads it and leads to the discussion.
  await mention.getByRole("link").click();
  await expect(owner).toHaveURL(new RegExp(`/w/demo/items/${item.id}#discussion$`));
  await expect(owner.getByTestId("inbox-link")).toHaveAccessibleName("Inbox 1 unread");
  await owner.getByRole("button", { name: "Reply" }).click();
  await owner.getByRole("form", { name: "Reply" }).getByLabel("Reply").fill("Yes, since July.");
  await owner.getByRole("button", { name: "Post reply" }).click();
  await expect(owner.getByRole("list", { name: "Replies" })).toContainText("Yes, since July.");
  // The analyst hears of the reply to their thread.
  await expect(analyst.getByTestId("inbox-link")).toHaveAccessibleName(/Inbox \d+ unread/);

  await analystContext.close();
  await ownerContext.close();
});
