import { expect, type Locator, type Page } from "@playwright/test";
import { pickRecord } from "./fixtures";

/** A seeded source and a sentence it prints exactly (prisma/seed/demo-items.ts). */
export const SEOUL_TITLE = "South Korea And Japan's Expanding Technological Cooperation";
export const SEOUL_2019 =
  "In 2019, Japan strengthened its export controls on materials required by South Korean companies, causing South Korea to file a complaint with the World Trade Organization.";

/** A title no other test (or earlier run against the same database) uses. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Creates an export control through the "New item" form, as an analyst would, and waits for its page. */
export async function createItemThroughForm(page: Page, title: string) {
  await page.getByRole("banner").getByRole("link", { name: "New item" }).click();
  await expect(page.getByRole("heading", { name: "New tracked item" })).toBeVisible();
  await page.getByLabel("Kind").selectOption({ label: "Export control" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Created by a browser test.");
  await page.getByLabel("Implementing jurisdictions").fill("jp");
  await page.getByLabel("Affected jurisdictions").fill("KR US");
  await page.getByLabel("Tags").fill("semiconductors, browser test");
  await page.getByRole("button", { name: "Create item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** Opens one of the item page's forms (a <details> disclosure) and returns it. */
export async function openForm(page: Page, testId: string): Promise<Locator> {
  const disclosure = page.getByTestId(testId);
  await disclosure.locator("summary").click();
  await expect(disclosure).toHaveAttribute("open", "");
  return disclosure;
}

/** Fills the status-change form with one citation (the defaults cite the seeded article exactly). */
export async function fillStatusChange(form: Locator, fields: { status: string; effectiveOn: string; excerpt?: string; reason: string }) {
  await form.getByLabel("Status", { exact: true }).selectOption({ label: fields.status });
  await form.getByLabel("In effect from").fill(fields.effectiveOn);
  await pickRecord(form, "Source", SEOUL_TITLE);
  await form.getByLabel("Excerpt").fill(fields.excerpt ?? SEOUL_2019);
  await form.getByLabel("Reason").fill(fields.reason);
}
