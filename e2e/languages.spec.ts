import { readdirSync, readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import type { AppMessages } from "../lib/i18n/messages";
import { createView, exportControlsItem, getSource } from "./api-helpers";
import { apiTest as test, signInApi } from "./fixtures";
import { expectNoSidewaysScroll, PHONE } from "./screen-helpers";

type Tree = { [key: string]: string | Tree };

/** A language's messages, read from their files (Playwright's loader does not import JSON modules). */
function messagesOf(locale: string): AppMessages {
  const folder = new URL(`../messages/${locale}/`, import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
  return Object.fromEntries(files.map((name) => [name.slice(0, -5), JSON.parse(readFileSync(new URL(name, folder), "utf8")) as Tree])) as unknown as AppMessages;
}

const en = messagesOf("en");

/** Every message of a language, as text: ICU arguments and tags left out. */
function texts(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "string" ? [value.replace(/\{[^{}]*\}|<\/?\w+>/g, "")] : texts(value)));
}

/** English interface texts long enough to be unmistakable: one of them on a Japanese or Korean page is a gap. */
const ENGLISH = [...new Set(texts(en as unknown as Tree).filter((text) => /[a-z]{3,}(?: [a-z]+){2,}/i.test(text)))];

/**
 * What a page in another language must never show: a missing message (next-intl then shows its key, marked ⟦…⟧ by
 * lib/i18n/request.ts), a message left unformatted, or an English interface text. The page's own data (titles,
 * quotations) are the workspace's.
 */
async function expectSpoken(page: Page, locale: "ja" | "ko", label: string) {
  await expect(page.locator("html"), `${label}: the page's language`).toHaveAttribute("lang", locale);
  const text = await page.locator("body").innerText();
  expect.soft(text.match(/⟦[^⟧]*⟧/g) ?? [], `${label}: messages missing in ${locale}`).toEqual([]);
  // The compiled messages' formatter (docs/decisions/036) shows a message it could not read as its ICU text, and an
  // argument the code did not pass as "undefined", where the full formatter showed the mark above.
  expect.soft(text.match(/\{[^{}]*\}|\bundefined\b/g) ?? [], `${label}: messages shown unformatted in ${locale}`).toEqual([]);
  expect.soft(ENGLISH.filter((english) => text.includes(english)), `${label}: English interface text in a ${locale} page`).toEqual([]);
}

const LANGUAGES = [
  { locale: "ja", browser: "ja-JP", messages: messagesOf("ja") },
  { locale: "ko", browser: "ko-KR", messages: messagesOf("ko") },
] as const;

for (const { locale, browser, messages } of LANGUAGES) {
  test.describe(`in ${locale}, from the browser's language`, () => {
    test.use({ locale: browser });

    test("the key pages read in the language, with nothing missing, on a desktop and a phone", async ({ page, api }) => {
      const owner = await api("owner");
      const item = await exportControlsItem(owner);
      const source = await getSource(owner, item.statusEvents[0]?.citations[0]?.source.id as string);
      const view = await createView(owner, { kind: "export_control" });
      await signInApi(page.request, "owner");
      const pages: [string, string, string][] = [
        ["tracker", "/w/demo", messages.tracker.title],
        ["tracker as of a date, grouped", "/w/demo?validOn=2020-01-01&group=status", messages.tracker.title],
        ["item", `/w/demo/items/${item.id}`, item.title],
        ["new item", "/w/demo/items/new", messages.item.new.heading],
        ["sources", "/w/demo/sources", messages.sources.title],
        ["source", `/w/demo/sources/${source.id}`, source.title],
        ["new source", "/w/demo/sources/new", messages.sources.new.title],
        ["timeline", "/w/demo/timeline", messages.timeline.title],
        ["overview", "/w/demo/overview", messages.overview.title],
        ["search", "/w/demo/search?q=export", messages.search.title],
        ["activity", "/w/demo/activity", messages.activity.title],
        ["saved view", `/w/demo/views/${view.id}`, view.name],
      ];
      for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
        await page.setViewportSize(viewport);
        for (const [label, path, heading] of pages) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
          await expectSpoken(page, locale, `${label} at ${viewport.width} px`);
          if (viewport === PHONE) await expectNoSidewaysScroll(page, `${label} (${locale})`);
        }
      }
      // The navigation names the pages in the language.
      await page.goto("/w/demo");
      const nav = page.getByRole("navigation", { name: messages.app.nav.label });
      await expect(nav.getByRole("link", { name: messages.app.nav.timeline, exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: messages.app.nav.sources, exact: true })).toBeVisible();
    });

    test("the timeline's picture speaks the language, on the page and in its SVG export", async ({ page }) => {
      await signInApi(page.request, "analyst");
      await page.goto("/w/demo/timeline");
      const drawing = page.getByRole("main").getByTestId("workspace-timeline").first();
      await expect(drawing).toBeVisible();
      // The legend and the status labels are drawn in the language.
      await expect(drawing).toContainText(messages.charts.legend.announced);
      // The page's download names its language; a script's request without it gets its Accept-Language's.
      const download = await page.getByRole("link", { name: messages.timeline.downloadSvg }).getAttribute("href");
      expect(download).toContain(`lang=${locale}`);
      for (const svg of [await page.request.get(download as string), await page.request.get("/api/v1/workspaces/demo/timeline.svg", { headers: { "accept-language": browser } })]) {
        expect(svg.status()).toBe(200);
        const body = await svg.text();
        expect(body).toContain(messages.charts.legend.announced);
        expect(body).not.toContain(en.charts.legend.announced);
      }
      expect((await page.request.get("/api/v1/workspaces/demo/timeline.svg?lang=fr")).status()).toBe(400);
    });
  });
}

test("English is what a browser that asks for none of the three languages gets", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});
