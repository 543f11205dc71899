import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const SCANS = 3;
const PAUSE_MS = 1_000;

/**
 * Expects axe to find no serious or critical violation on the page once it has settled: a scan that finds one is
 * repeated, a second apart, up to three scans. Next.js replaces a page's head when the page changes (a navigation, a
 * server action's answer) and the document can be without its `<title>` for a few milliseconds meanwhile (decision
 * 037); a scan inside that moment failed CI twice on a title the page has. A violation that lasts fails as before,
 * listed. (Scans of a long page take seconds, so the repeats are counted rather than timed.)
 */
export async function expectNoSeriousViolations(page: Page, label: string) {
  for (let scan = 1; ; scan++) {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    if (serious.length === 0 || scan === SCANS) {
      expect(serious.map((v) => `${label}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
      return;
    }
    await page.waitForTimeout(PAUSE_MS);
  }
}
