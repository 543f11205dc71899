import { expect, test } from "@playwright/test";
import { pickRecord, signIn } from "./fixtures";
import { createItemThroughForm, fillStatusChange, openForm, SEOUL_2019, SEOUL_TITLE, uniqueTitle } from "./item-helpers";

test("an analyst creates an item, records a cited status change, and sees it on the timeline and in the activity", async ({ page }) => {
  const title = uniqueTitle("Chip-material export control");
  await signIn(page, "analyst");
  await createItemThroughForm(page, title);
  await expect(page.getByRole("main").getByText("No status recorded yet.")).toBeVisible();
  await expect(page.getByRole("article").locator("dl").first()).toContainText("KR, US");

  const form = await openForm(page, "record-status");
  await fillStatusChange(form, { status: "In force", effectiveOn: "2019-07", reason: "The May 2023 article dates the controls to 2019." });
  await form.getByRole("button", { name: "Record status change" }).click();

  const events = page.getByTestId("status-event");
  await expect(events).toHaveCount(1);
  await expect(events.first()).toContainText("In force");
  await expect(events.first()).toContainText("July 2019");
  await expect(events.first().locator("blockquote")).toHaveText(SEOUL_2019);
  await expect(events.first().getByRole("link", { name: SEOUL_TITLE })).toBeVisible();
  const chart = page.getByRole("img", { name: "Status timeline: In force from July 2019 until today." });
  await expect(chart).toBeVisible();
  await expect(chart.getByText("In force", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Version 2 · last changed .* by Aiko Analyst$/)).toBeVisible();

  await page.getByRole("banner").getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  await pickRecord(page, "Item", title);
  await page.getByLabel("Person").selectOption({ label: "Aiko Analyst (analyst)" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]itemId=[0-9a-f-]{36}/);
  const entries = page.getByTestId("change-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("Status recorded");
  await expect(entries.first()).toContainText("Aiko Analyst");
  await expect(entries.first()).toContainText("In force");
  await expect(entries.first()).toContainText(SEOUL_2019);
  await expect(entries.nth(1)).toContainText("Item created");

  await page.getByLabel("Kind of change").selectOption({ label: "Citation added" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("main").getByText("No changes match these filters.")).toBeVisible();

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByTestId("change-entry").first()).toContainText("Status recorded");
  await page.getByTestId("change-entry").first().getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a quote that is not in the source gets a message at the excerpt with the nearest passage, which one click uses", async ({ page }) => {
  const title = uniqueTitle("Misquoted export control");
  await signIn(page, "analyst");
  await createItemThroughForm(page, title);

  const form = await openForm(page, "record-status");
  await fillStatusChange(form, {
    status: "In force",
    effectiveOn: "2019",
    excerpt: "In 2019, Japan banned all exports to South Korea.",
    reason: "Misremembered quote.",
  });
  await form.getByRole("button", { name: "Record status change" }).click();

  await expect(form.getByRole("alert")).toContainText("A quoted excerpt does not occur in its source");
  const excerpt = form.getByLabel("Excerpt");
  await expect(excerpt).toHaveAttribute("aria-invalid", "true");
  await expect(excerpt).toHaveAccessibleDescription(new RegExp(`This passage is not in “${SEOUL_TITLE}”.*The nearest passage is “In 2019, Japan strengthened its export controls”`));
  await expect(excerpt).toHaveValue("In 2019, Japan banned all exports to South Korea.");
  // Nothing was saved.
  await expect(page.getByRole("main").getByText("No status recorded yet.")).toBeVisible();
  await expect(page.getByText(/^Version 1 /)).toBeVisible();

  await form.getByRole("button", { name: "Use the nearest passage" }).click();
  await expect(excerpt).toHaveValue("In 2019, Japan strengthened its export controls");
  await expect(form.getByRole("button", { name: "Use the nearest passage" })).toHaveCount(0);
  await form.getByRole("button", { name: "Record status change" }).click();
  await expect(page.getByTestId("status-event").locator("blockquote")).toHaveText("In 2019, Japan strengthened its export controls");
  await expect(page.getByText(/^Version 2 /)).toBeVisible();
});

test("a quote typed with straight quotes, plain dashes or pasted with hard line breaks is stored as the source prints it", async ({ page }) => {
  const title = uniqueTitle("Typed quote");
  await signIn(page, "analyst");
  await createItemThroughForm(page, title);
  const form = await openForm(page, "record-status");
  // The article prints "Japan’s" with a curly apostrophe; the analyst pastes a hard-wrapped copy with a straight one.
  await fillStatusChange(form, { status: "In force", effectiveOn: "2019", excerpt: "", reason: "Typed from the printout." });
  const excerpt = form.getByLabel("Excerpt");
  await excerpt.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "chairman of the board of Japan's Mitsubishi\nCorporation and head of the Japan-Korea\nEconomic Association");
    document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(excerpt).toHaveValue("chairman of the board of Japan's Mitsubishi Corporation and head of the Japan-Korea Economic Association");
  await expect(form.getByText("Line breaks inside paragraphs of the pasted text were joined.")).toBeVisible();
  await form.getByRole("button", { name: "Record status change" }).click();
  await expect(page.getByTestId("status-event").locator("blockquote")).toHaveText(/^chairman of the board of Japan’s Mitsubishi Corporation/);
});

test("a status with no source yet is flagged until a citation is added", async ({ page }) => {
  const title = uniqueTitle("Unsourced export control");
  await signIn(page, "analyst");
  await createItemThroughForm(page, title);

  const form = await openForm(page, "record-status");
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "Announced" });
  await form.getByLabel("In effect from").fill("2019-07-01");
  await form.getByLabel("No source yet").check();
  await form.getByLabel("Reason").fill("Heard at a briefing; article to follow.");
  await form.getByRole("button", { name: "Record status change" }).click();

  const event = page.getByTestId("status-event");
  await expect(event).toContainText("No source yet");
  await expect(page.getByRole("heading", { level: 1, name: title }).locator("..").getByText("No source yet")).toBeVisible();

  await event.getByText("Add a citation").click();
  await pickRecord(event, "Source", SEOUL_TITLE);
  await event.getByLabel("Excerpt").fill(`  ${SEOUL_2019}\n`);
  await event.getByRole("button", { name: "Add citation" }).click();

  await expect(event.locator("blockquote")).toHaveText(SEOUL_2019);
  await expect(event.getByText("No source yet")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: title }).locator("..").getByText("No source yet")).toHaveCount(0);
  await expect(page.getByTestId("change-entry").first()).toContainText("Citation added");
});

test("a viewer sees the item, its timeline and history, but no edit controls", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("banner").getByRole("link", { name: "New item" })).toHaveCount(0);
  await page.getByRole("link", { name: "Japan's 2019 export controls on chip materials to South Korea" }).click();
  await expect(page.getByRole("heading", { name: "Status timeline" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Status timeline: In force from 2019 until May 2023; Lifted from May 2023 until today\.$/ })).toBeVisible();
  await expect(page.getByTestId("change-entry").first()).toBeVisible();

  const main = page.getByRole("main");
  // Watching is not editing: a viewer may follow the item.
  await expect(main.getByRole("button", { name: "Watch" })).toBeVisible();
  await expect(main.locator("form:not([data-watch]), details, textarea, input, select")).toHaveCount(0);
  await expect(main.getByRole("button").filter({ hasNotText: "Watch" })).toHaveCount(0);
  for (const control of ["Edit details", "Record a status change", "Add a citation", "Add a relation", "Archive item", "Revert…"]) {
    await expect(main.getByText(control)).toHaveCount(0);
  }

  await page.goto("/w/demo/items/new");
  await expect(page.getByRole("main").getByText("You can read this workspace but not add to it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create item" })).toHaveCount(0);
});

test("an analyst relates the item to another, removes the relation, then archives and restores the item", async ({ page }) => {
  const title = uniqueTitle("Related export control");
  const other = "South Korea's complaint over Japan's export controls";
  await signIn(page, "analyst");
  await createItemThroughForm(page, title);

  const relation = await openForm(page, "add-relation");
  await relation.getByLabel("This item…").selectOption({ label: "retaliates against" });
  await pickRecord(relation, "Related item", other);
  await relation.getByLabel("Note").fill("Announced the week after the complaint.");
  await relation.getByRole("button", { name: "Add relation" }).click();
  const related = page.getByRole("region", { name: "Related items" });
  await expect(related.getByRole("listitem")).toHaveText(new RegExp(`^Retaliates against ${other} — Announced the week after the complaint\\.`));

  await related.getByRole("button", { name: `Remove relation: Retaliates against ${other}` }).click();
  await expect(related.getByText("No related items.")).toBeVisible();
  await expect(page.getByTestId("change-entry").first()).toContainText("Relation removed");

  const archive = await openForm(page, "archive");
  await archive.getByLabel("Why archive it?").fill("Duplicate of another item");
  await archive.getByRole("button", { name: "Archive item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title }).locator("..").getByText("Archived")).toBeVisible();
  await expect(page.getByTestId("edit-details")).toHaveCount(0);
  await expect(page.getByTestId("record-status")).toHaveCount(0);

  const restore = await openForm(page, "archive");
  await restore.getByRole("button", { name: "Restore item" }).click();
  await expect(page.getByTestId("edit-details")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title }).locator("..").getByText("Archived")).toHaveCount(0);
  await expect(page.getByTestId("change-entry").first()).toContainText("Item restored");
});

test("the related-item picker searches as you type, works from the keyboard and never offers the item itself", async ({ page }) => {
  const own = "Japan's 2019 export controls on chip materials to South Korea";
  const other = "South Korea's complaint over Japan's export controls";
  await signIn(page, "analyst");
  await page.getByRole("link", { name: own }).click();
  await expect(page.getByRole("heading", { level: 1, name: own })).toBeVisible();
  const related = page.getByRole("region", { name: "Related items" }).getByRole("listitem");
  const before = await related.count();
  const relation = await openForm(page, "add-relation");
  const box = relation.getByRole("combobox", { name: "Related item", exact: true });

  await box.fill("qqqq nothing like this");
  await expect(relation.getByText("No matches. Try other words.")).toBeVisible();

  await box.fill("export controls");
  await expect(relation.getByRole("option", { name: other, exact: true })).toBeVisible();
  await expect(relation.getByRole("option", { name: own, exact: true })).toHaveCount(0);
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");

  await box.fill("complaint over Japan");
  await expect(relation.getByRole("option", { name: other, exact: true })).toBeVisible();
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await box.press("Enter");
  await expect(box).toHaveValue(other);
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(relation.locator('input[name="toItemId"]')).toHaveValue(/^[0-9a-f-]{36}$/);
  // Enter chose the match rather than submitting the form: nothing was added.
  await expect(related).toHaveCount(before);
});

test("Enter that confirms a Japanese or Korean conversion does not choose a picker's match; a plain Enter does", async ({ page }) => {
  const title = uniqueTitle("IME picker");
  await signIn(page, "analyst");
  await createItemThroughForm(page, title);
  const form = await openForm(page, "record-status");
  const picker = form.getByRole("combobox", { name: "Source", exact: true });
  await picker.fill("South Korea And Japan");
  await expect(form.getByRole("option", { name: SEOUL_TITLE })).toBeVisible();
  // What the browser sends while an input method composes: isComposing, keyCode 229 (Safari, after compositionend).
  for (const init of [{ isComposing: true, keyCode: 13 }, { isComposing: false, keyCode: 229 }]) {
    await picker.evaluate((box, { isComposing, keyCode }) => {
      const event = new KeyboardEvent("keydown", { key: "Enter", code: "Enter", isComposing, bubbles: true, cancelable: true });
      Object.defineProperty(event, "keyCode", { get: () => keyCode });
      box.dispatchEvent(event);
    }, init);
    await expect(picker).toHaveValue("South Korea And Japan");
    await expect(picker).toHaveAttribute("aria-expanded", "true");
  }
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(picker).toHaveValue(SEOUL_TITLE);
  await expect(picker).toHaveAttribute("aria-expanded", "false");
});
