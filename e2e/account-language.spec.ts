import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./fixtures";

/** A message missing in the page's language shows its key between these marks (lib/i18n/request.ts). */
async function expectNoMissingMessages(page: Page) {
  await expect(page.locator("body")).not.toContainText("⟦");
  expect(await page.title()).not.toContain("⟦");
}

/** Picks a language on the account page by its value ("browser", "en", "ja", "ko"), whatever language the page is in. */
async function chooseLanguage(page: Page, value: string) {
  const form = page.locator("form", { has: page.locator(`input[name=locale][value=${value}]`) });
  await form.locator(`input[name=locale][value=${value}]`).check();
  await form.getByRole("button").click();
}

// The demo viewer follows their browser again afterwards, whatever happened, so that other specs find them in English.
test.afterEach(async ({ page }) => {
  await page.goto("/account");
  if (!new URL(page.url()).pathname.startsWith("/account")) return;
  await chooseLanguage(page, "browser");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a person chooses Japanese, then Korean, then their browser's language again, on the account page", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const language = page.getByRole("group", { name: "Language" });
  await expect(language.getByRole("radio", { name: "Your browser's language" })).toBeChecked();
  // Each language is offered in its own name, whatever the page's language.
  for (const name of ["English", "日本語", "한국어"]) await expect(language.getByRole("radio", { name })).toBeVisible();

  await language.getByRole("radio", { name: "日本語" }).check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アカウント");
  await expect(page.getByRole("heading", { name: "パスワード" })).toBeVisible();
  await expect(page.getByRole("group", { name: "表示言語" }).getByRole("radio", { name: "日本語" })).toBeChecked();
  await expect(page).toHaveTitle(/^アカウント · Policy Tracker$/);
  await expectNoMissingMessages(page);

  // The choice is the person's: the tracker's header reads in Japanese too, on a page loaded afresh.
  await page.goto("/w/demo");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: `アカウント: ${ACCOUNTS.viewer.name}` })).toBeVisible();
  await expect(header.getByRole("button", { name: "サインアウト" })).toBeVisible();
  await expectNoMissingMessages(page);

  await page.goto("/account");
  await page.getByRole("group", { name: "表示言語" }).getByRole("radio", { name: "한국어" }).check();
  await page.getByRole("button", { name: "言語を保存" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("내 계정");
  await expect(page.getByRole("group", { name: "표시 언어" }).getByRole("radio", { name: "한국어" })).toBeChecked();
  await expectNoMissingMessages(page);
  await page.goto("/w/demo");
  await expect(page.getByRole("banner").getByRole("button", { name: "로그아웃" })).toBeVisible();
  await expectNoMissingMessages(page);

  // Back to the browser's language (this browser asks for English).
  await page.goto("/account");
  await page.getByRole("group", { name: "표시 언어" }).getByRole("radio", { name: "브라우저 언어" }).check();
  await page.getByRole("button", { name: "언어 저장" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByRole("group", { name: "Language" }).getByRole("radio", { name: "Your browser's language" })).toBeChecked();
  await expectNoMissingMessages(page);
});

test("a signed-out visitor whose browser asks for Korean sees the sign-in page in Korean", async ({ browser }) => {
  // The browser's language setting, which Chromium sends as Accept-Language (it overrides a header set by hand).
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  const response = await page.goto("/sign-in");
  expect(await response?.request().headerValue("accept-language")).toMatch(/^ko\b/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { name: "Policy Tracker에 로그인" })).toBeVisible();
  await expect(page.getByLabel("이메일")).toBeVisible();
  await expect(page.getByLabel("비밀번호")).toBeVisible();
  await expect(page.getByRole("button", { name: "로그인" })).toBeVisible();
  await expect(page).toHaveTitle(/^로그인 · Policy Tracker$/);
  await expectNoMissingMessages(page);
  // A wrong password is explained in Korean too (the message comes from the browser's own bundle of messages).
  await page.getByLabel("이메일").fill(ACCOUNTS.viewer.email);
  await page.getByLabel("비밀번호").fill("not the password");
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("이메일 또는 비밀번호가 올바르지 않습니다.");
  await context.close();
});

test("every account, administration and workspace settings page reads in Japanese with no message missing", async ({ page }) => {
  await signIn(page, "owner");
  await page.goto("/account");
  await chooseLanguage(page, "ja");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const pages = [
    "/account",
    "/admin",
    "/admin/security",
    "/inbox",
    "/workspaces/new",
    "/w/demo/members",
    "/w/demo/settings/tokens",
    "/w/demo/settings/webhooks",
    "/w/demo/integrity",
    "/w/demo/security",
    "/w/demo/import",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expectNoMissingMessages(page);
  }
});

test("the pages before signing in read in Korean for a browser asking for it, with no message missing", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  for (const path of ["/sign-up", "/forgot-password", "/invite/not-a-real-invite-token", "/reset-password/not-a-real-token", "/verify-email/not-a-real-token"]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expectNoMissingMessages(page);
  }
  await expect(page.getByRole("alert").filter({ hasText: "유효하지 않은 링크입니다" })).toBeVisible();
  await context.close();
});
