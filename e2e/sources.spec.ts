import { expect, test, type Page } from "@playwright/test";
import { pickRecord, signIn } from "./fixtures";
import { expectNoSeriousViolations } from "./accessibility";

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function addSource(page: Page, title: string, body: string, language: string) {
  await page.goto("/w/demo/sources/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("Nikkei");
  await page.getByLabel("Published").fill("2023-03-16");
  await page.getByLabel("Language").selectOption(language);
  await page.getByLabel("Full text").fill(body);
  await page.getByRole("button", { name: "Add source" }).click();
}

/** Selects a passage of the article the way a mouse would: a DOM selection over its text. */
async function selectPassage(page: Page, passage: string) {
  await page.evaluate((text) => {
    const root = document.querySelector("article .whitespace-pre-wrap") as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
    }
    throw new Error(`passage not found: ${text}`);
  }, passage);
}

test("an analyst adds a Japanese source, cites a selected passage in a status change, and finds it by search", async ({ page }) => {
  const id = stamp();
  const passage = `経済産業省は韓国向けの半導体材料${id}の輸出管理を緩和すると発表した。`;
  const title = `輸出管理の緩和 ${id}`;
  await signIn(page, "analyst");
  await addSource(page, title, `東京 — ${passage}\n\n関係者によると、影響は限定的だという。`, "ja");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Its text and title are marked Japanese; the language is named, and absent details are not listed.
  await expect(page.getByRole("heading", { level: 1, name: title })).toHaveAttribute("lang", "ja");
  await expect(page.locator("article .whitespace-pre-wrap")).toHaveAttribute("lang", "ja");
  const details = page.getByRole("article").locator("dl").first();
  await expect(details).toContainText("Japanese");
  await expect(details).not.toContainText("Byline");
  await expect(details).not.toContainText("None");

  await selectPassage(page, passage);
  const panel = page.getByRole("complementary", { name: "Cite a passage" });
  await expect(panel.locator("blockquote")).toHaveText(`“${passage}”`);
  await expect(panel.locator("blockquote")).toHaveAttribute("lang", "ja");
  await panel.getByLabel("Item it supports").fill("export controls on chip");
  await panel.getByRole("button", { name: "Find" }).click();
  const hit = panel.getByRole("listitem").filter({ hasText: "Japan's 2019 export controls on chip materials to South Korea" });
  await hit.getByRole("link", { name: /^Cite it for this item/ }).click();

  // The item asks which status the passage supports, and opens that one form only.
  const chooser = page.getByRole("region", { name: "Cite a passage" });
  await expect(chooser.locator("blockquote")).toHaveText(passage);
  await expect(page.getByTestId("record-status")).not.toHaveAttribute("open", "");
  await chooser.getByRole("link", { name: /^In force · / }).click();
  const existing = page.locator("details[open]").filter({ hasText: "Add citation" });
  await expect(existing).toHaveCount(1);
  await expect(existing.getByLabel("Excerpt")).toHaveValue(passage);
  await expect(page.getByTestId("record-status")).not.toHaveAttribute("open", "");
  await chooser.getByRole("link", { name: "A new status change" }).click();
  const form = page.getByTestId("record-status");
  await expect(form).toHaveAttribute("open", "");
  await expect(page.locator("details[open]")).toHaveCount(1);
  await expect(form.getByLabel("Excerpt")).toHaveValue(passage);
  await expect(form.getByLabel("Excerpt")).toHaveAttribute("lang", "ja");
  await form.getByLabel("Status").selectOption({ label: "Eased" });
  await form.getByLabel("In effect from").fill("2023-03");
  await form.getByLabel("Reason").fill("Nikkei reports the easing");
  await form.getByRole("button", { name: "Record status change" }).click();
  const cited = page.getByTestId("status-event").filter({ has: page.locator("blockquote", { hasText: passage }) });
  await expect(cited).toContainText("Eased");
  await expect(cited.locator("blockquote")).toHaveAttribute("lang", "ja");
  // The link is spent: the form closes, and opens empty.
  await expect(form).not.toHaveAttribute("open", "");
  await form.locator("summary").click();
  await expect(form.getByLabel("Excerpt")).toHaveValue("");

  // A two-character word is found too (through the CJK bigram index).
  await page.getByRole("searchbox", { name: /Search items, sources/ }).fill("緩和");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("searchbox", { name: /Search items, sources/ }).fill(`半導体材料${id}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Citations" }).locator("mark").first()).toHaveText(`半導体材料${id}`);
  await expectNoSeriousViolations(page, "search results in Japanese");
});

test("the same article pasted twice is offered as the existing source, not stored again", async ({ page }) => {
  const id = stamp();
  const body = `Seoul restored Japan to its white list, officials said (${id}).`;
  await signIn(page, "analyst");
  await addSource(page, `White list ${id}`, body, "en");
  await expect(page.getByRole("heading", { level: 1, name: `White list ${id}` })).toBeVisible();
  await addSource(page, `Copy ${id}`, `  ${body}  `, "en");
  await expect(page.locator("form [role=alert]")).toContainText(`already in the library as “White list ${id}”`);
  await page.getByRole("link", { name: "Open the existing source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `White list ${id}` })).toBeVisible();
});

test("the source library lists, filters and flags sources, and viewers cannot add one", async ({ page }) => {
  await signIn(page, "viewer");
  await page.getByRole("banner").getByRole("link", { name: "Sources" }).click();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "South Korea And Japan's Expanding Technological Cooperation" })).toContainText("Disputed");
  await page.getByLabel("Disputed by another source").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Add a source" })).toHaveCount(0);
  await page.goto("/w/demo/sources/new");
  await expect(page.getByRole("main").getByText("Viewers can read sources but not add them.")).toBeVisible();
  await expectNoSeriousViolations(page, "new source as a viewer");
});

test("an analyst flags two sources as disagreeing, sees it on both and in the filter, then resolves it", async ({ page }) => {
  const id = stamp();
  await signIn(page, "analyst");
  await addSource(page, `Says ILO ${id}`, `The complaint went to the International Labor Organization (${id}).`, "en");
  await addSource(page, `Says WTO ${id}`, `The complaint went to the World Trade Organization (${id}).`, "en");
  const disagreements = page.getByRole("region", { name: "Disagreements with other sources" });
  await disagreements.getByText("Flag a disagreement").click();
  await pickRecord(disagreements, "Other source", `Says ILO ${id}`);
  await disagreements.getByLabel("What they disagree about").fill(`Which forum? ${id}`);
  await disagreements.getByRole("button", { name: "Flag the disagreement" }).click();
  await expect(disagreements.getByText(`Which forum? ${id}`)).toBeVisible();

  await page.goto(`/w/demo/sources?discrepancy=1&q=${id}`);
  await expect(page.getByRole("row").filter({ hasText: id })).toHaveCount(2);
  await page.getByRole("link", { name: `Says ILO ${id}` }).click();
  await expect(disagreements.getByText(`Which forum? ${id}`)).toBeVisible();
  await disagreements.getByRole("button", { name: "Mark resolved" }).click();
  await expect(disagreements.getByText("None flagged.")).toBeVisible();
});

test("an analyst corrects a source's details; the change is recorded", async ({ page }) => {
  const id = stamp();
  await signIn(page, "analyst");
  await addSource(page, `Untitled wire copy ${id}`, `Tokyo will review its export controls, officials said (${id}).`, "en");
  await page.getByText("Edit details").click();
  await page.getByLabel("Title").fill(`Kyodo: Tokyo to review controls ${id}`);
  await page.getByLabel("Byline").fill("Staff reporter");
  await page.getByLabel("Reason").fill("Found the original wire");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Kyodo: Tokyo to review controls ${id}` })).toBeVisible();
  await expect(page.getByText("Staff reporter")).toBeVisible();
  const history = await page.request.get(`/api/v1/workspaces/demo/changes?type=source&limit=5`);
  const { changes } = (await history.json()) as { changes: { type: string; reason: string; diff: Record<string, { after: unknown }> }[] };
  expect(changes[0]).toMatchObject({ type: "source.updated", reason: "Found the original wire", diff: { title: { after: `Kyodo: Tokyo to review controls ${id}` } } });
});
