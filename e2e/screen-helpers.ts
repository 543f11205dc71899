import { expect, type Page } from "@playwright/test";

/** The narrowest phone the pages are made for. */
export const PHONE = { width: 360, height: 780 };

/**
 * Fails when the page scrolls sideways: the document is wider than the window. Names the elements that stick out
 * (outside any box that scrolls on its own, such as a wide table's), so the failure says what to fix.
 */
export async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Clipped by a box that scrolls on its own: an ancestor's, or for an absolutely placed element its containing
    // block's (one placed against the page escapes the scrolling box it sits in, and does scroll the page).
    const scrollsItself = (element: Element): boolean => {
      let node = element.parentElement;
      if (getComputedStyle(element).position === "absolute") while (node && getComputedStyle(node).position === "static") node = node.parentElement;
      for (; node; node = node.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !scrollsItself(element))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.getAttribute("class") ?? "").slice(0, 60)} (${Math.round(element.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
  expect.soft(overflow.culprits, `${label}: elements wider than the ${overflow.width} px window`).toEqual([]);
  expect.soft(overflow.scrollWidth, `${label}: the page scrolls sideways`).toBeLessThanOrEqual(overflow.width);
}
