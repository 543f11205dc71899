import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page } from "@playwright/test";
import { SECOND_INSTANCE_URL } from "../playwright.config";
import { createItem, DEMO, expectJson, uniqueTitle } from "./api-helpers";
import { verifySignature } from "../lib/webhooks/signature";
import { setTrackerVisitMarker } from "./db-helpers";
import { apiTest as test, signIn } from "./fixtures";
import { expectNoSeriousViolations } from "./accessibility";

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
  await expectNoSeriousViolations(owner, "inbox");

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

test("an owner adds a webhook; a receiver on this machine gets the workspace's changes as signed, and a test on request", async ({ page, api }) => {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const address = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  try {
    await signIn(page, "owner");
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    const form = page.getByRole("form", { name: "Add a webhook" });
    await form.getByLabel("Address").fill(address);
    await form.getByRole("button", { name: "Add webhook" }).click();
    const secret = await page.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expectNoSeriousViolations(page, "webhooks with a new secret");

    const item = await createItem(await api("analyst"), "Announced to a webhook");
    await expect.poll(() => received.find((r) => r.headers["x-policytracker-event"] === "item.created" && r.body.includes(item.id))?.body ?? "").not.toBe("");
    const delivery = received.find((r) => r.body.includes(item.id));
    expect(verifySignature(secret, delivery?.body ?? "", String(delivery?.headers["x-policytracker-signature"]))).toBe(true);
    expect(JSON.parse(delivery?.body ?? "{}")).toMatchObject({ type: "item.created", item: { id: item.id, title: item.title } });

    const hook = page.getByRole("listitem", { name: `Webhook ${address}` });
    await hook.getByRole("button", { name: "Send a test event" }).click();
    await expect(hook.getByTestId("webhook-test-result")).toHaveText("Test delivered: answered 204.");
    await page.reload();
    await expect(hook.getByRole("table")).toContainText("Test event");
    await expect(hook.getByRole("table")).toContainText("HTTP 204");
    // Turned off, then deleted: the page lists it no more.
    await hook.getByRole("button", { name: "Turn off" }).click();
    await expect(hook.getByTestId("webhook-disabled")).toBeVisible();
    page.once("dialog", (dialog) => void dialog.accept());
    await hook.getByRole("button", { name: "Delete" }).click();
    await expect(hook).toHaveCount(0);
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});

test("the tracker marks the rows a teammate changed since the reader's last visit", async ({ page, api }) => {
  await signIn(page, "viewer");
  const before = await createItem(await api("analyst"), "Changed before the visit");
  await page.goto("/w/demo?sort=updated");
  await setTrackerVisitMarker("viewer", new Date());
  const after = await createItem(await api("analyst"), "Changed since the visit");
  await page.goto("/w/demo?sort=updated");
  const table = page.getByRole("table", { name: "Tracked items" });
  await expect(table.getByRole("row", { name: new RegExp(after.title) }).getByTestId("since-visit")).toHaveText("Changed since your last visit");
  await expect(table.getByRole("row", { name: new RegExp(before.title) }).getByTestId("since-visit")).toHaveCount(0);
  // The tests after this one see the viewer's tracker unmarked, as on a first visit.
  await setTrackerVisitMarker("viewer", null);
});

test("a disagreement between two sources alone is discussed on the source's page", async ({ page, api }) => {
  const analyst = await api("analyst");
  const newSource = async (label: string) =>
    expectJson<{ id: string }>(await analyst.post(`${DEMO}/sources`, { data: { title: uniqueTitle(label), language: "en", body: `${uniqueTitle(label)}: Seoul said the forum was the WTO.` } }), 201);
  const [first, second] = [await newSource("First view"), await newSource("Second view")];
  const note = uniqueTitle("They name different forums");
  const flagged = await expectJson<{ id: string }>(await analyst.post(`${DEMO}/discrepancies`, { data: { sourceAId: first.id, sourceBId: second.id, note } }), 201);
  await signIn(page, "analyst");
  await page.goto(`/w/demo/sources/${first.id}`);
  const disagreement = page.getByRole("listitem").filter({ hasText: note });
  await disagreement.getByText("Discussion (0)").click();
  await disagreement.getByRole("textbox", { name: "Comment" }).fill("Which one does the ministry's notice (https://example.org/notice?id=7) name? Not javascript:alert(1).");
  await disagreement.getByRole("button", { name: "Post comment" }).click();
  const comment = disagreement.getByRole("article", { name: "Comment by Aiko Analyst" });
  await expect(comment).toContainText("Which one does the ministry's notice (https://example.org/notice?id=7) name? Not javascript:alert(1).");
  // A web address in a comment is a link, without the sentence's punctuation; nothing else is.
  await expect(comment.getByRole("link")).toHaveCount(1);
  await expect(comment.getByRole("link", { name: "https://example.org/notice?id=7" })).toHaveAttribute("href", "https://example.org/notice?id=7");
  // Settled, so the library's count of disputed sources is as other tests expect it.
  await expectJson(await analyst.post(`${DEMO}/discrepancies/${flagged.id}/resolve`, { data: { reason: "Settled by the test" } }), 201);
});
