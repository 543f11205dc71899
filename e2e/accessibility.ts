import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Expects axe to find no serious or critical violation on the page once it has settled: the scan is repeated for up to
 * five seconds until it finds none. Next.js replaces a page's head when the page changes (a navigation, a server
 * action's refresh) and the document can be without its `<title>` for a few milliseconds meanwhile (decision 037); a
 * scan inside that moment failed CI twice on a title the page has. A violation that lasts fails as before.
 */
export async function expectNoSeriousViolations(page: Page, label: string) {
  await expect(async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${label}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  }).toPass({ timeout: 5_000 });
}
