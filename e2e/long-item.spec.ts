import { expect } from "@playwright/test";
import { createItem, DEMO, expectJson, uniqueTitle } from "./api-helpers";
import { apiTest as test, signIn } from "./fixtures";

test("an item with more statuses than a page holds, and a source cited more often, show the first, say how many, and show all on request", async ({
  api,
  page,
}) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst, "Long-followed control");
  const title = uniqueTitle("An often-quoted article");
  const excerpt = "Tokyo tightened its export controls again.";
  const source = await expectJson<{ id: string }>(
    await analyst.post(`${DEMO}/sources`, { data: { title, language: "en", body: `${title}. ${excerpt} Seoul objected.` } }),
    201,
  );
  const STATUSES = 51;
  // A day apart from 1 January 2000, recorded in that order, each quoting the same sentence.
  for (let n = 0; n < STATUSES; n += 1) {
    const effectiveOn = new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
    await expectJson(
      await analyst.post(`${DEMO}/items/${item.id}/status-changes`, {
        data: { expectedVersion: n + 1, status: n % 2 ? "eased" : "in_force", effectiveOn, reason: `Status ${n + 1}`, citations: [{ sourceId: source.id, excerpt }] },
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

  await page.goto(`/w/demo/sources/${source.id}`);
  const citedBy = page.getByRole("region", { name: "Cited by" });
  await expect(citedBy.getByText("Showing the first 50 of 51 citations, in text order.")).toBeVisible();
  await expect(citedBy.getByRole("listitem")).toHaveCount(50);
  // The quoted sentence is highlighted once, and every citation of it links there.
  const mark = page.locator("mark");
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(excerpt);
  const anchor = `#${await mark.getAttribute("id")}`;
  await expect(citedBy.locator(`a[href="${anchor}"]`)).toHaveCount(50);
  await citedBy.getByRole("link", { name: "Show all citations" }).click();
  await expect(page).toHaveURL(/[?&]citedBy=all#cited-by$/);
  await expect(citedBy.getByRole("listitem")).toHaveCount(STATUSES);
  await expect(citedBy.getByText(/Showing the first/)).toHaveCount(0);

  // From any status of the item, the source's link lands on the highlighted sentence.
  await page.goto(`/w/demo/items/${item.id}`);
  await events.first().getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${source.id}${anchor}$`));
  await expect(mark).toBeVisible();
});

test("a long discussion shows its latest 100 comments, says how many there are, and shows all on request", async ({ api, page }) => {
  const analyst = await api("analyst");
  const item = await createItem(analyst, "Much-discussed control");
  const COMMENTS = 102;
  for (let n = 1; n <= COMMENTS; n += 1) {
    await expectJson(await analyst.post(`${DEMO}/comments`, { data: { target: "item", targetId: item.id, body: `Comment number ${n}.` } }), 201);
  }
  await signIn(page, "analyst");
  await page.goto(`/w/demo/items/${item.id}`);
  const discussion = page.getByRole("region", { name: "Discussion" });
  await expect(discussion.getByText("Showing the latest 100 of 102 comments.")).toBeVisible();
  const threads = discussion.getByRole("list", { name: "Comment threads" }).locator(":scope > li");
  await expect(threads).toHaveCount(100);
  await expect(threads.first()).toContainText("Comment number 3.");
  await discussion.getByRole("link", { name: "Show all comments" }).click();
  await expect(page).toHaveURL(/[?&]comments=all#discussion$/);
  await expect(threads).toHaveCount(COMMENTS);
  await expect(threads.first()).toContainText("Comment number 1.");
  await expect(discussion.getByText(/Showing the latest/)).toHaveCount(0);
});
