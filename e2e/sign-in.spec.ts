import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, formError, signIn, type DemoRole } from "./fixtures";
import { expectNoSeriousViolations } from "./accessibility";

for (const role of Object.keys(ACCOUNTS) as DemoRole[]) {
  test(`${role} signs in and sees the seeded tracker`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByRole("banner").getByText(ACCOUNTS[role].name)).toBeVisible();
    const rows = page.getByRole("row");
    await expect(rows.filter({ hasText: "Japan's 2019 export controls on chip materials to South Korea" })).toContainText("Lifted");
    await expect(rows.filter({ hasText: "South Korea's complaint over Japan's export controls" })).toContainText("Withdrawn");
    await expect(rows.filter({ hasText: "South Korea's complaint over Japan's export controls" })).toContainText("Sources disagree");
  });
}

test("an item shows its timeline with quoted citations, and its source shows the full text", async ({ page }) => {
  await signIn(page, "analyst");
  await page.getByRole("link", { name: "Japan's 2019 export controls on chip materials to South Korea" }).click();
  await expect(page.getByRole("heading", { name: "Status timeline" })).toBeVisible();
  await expect(page.getByText("In force", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("announced March 2023", { exact: true })).toBeVisible();
  const quote = page.getByText("In 2019, Japan strengthened its export controls on materials required by South Korean companies").first();
  await expect(quote).toBeVisible();
  await page.getByRole("link", { name: "South Korea And Japan's Expanding Technological Cooperation" }).first().click();
  await expect(page.getByRole("heading", { name: "South Korea And Japan's Expanding Technological Cooperation" })).toBeVisible();
  await expect(page.getByText("Mikio Sasaki", { exact: false })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
});

test("a wrong password shows one generic error", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.viewer.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formError(page)).toHaveText("Incorrect email or password.");
  await page.getByLabel("Email").fill("nobody@demo.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formError(page)).toHaveText("Incorrect email or password.");
});

test("repeated failures for one account are rate-limited with a clear message", async ({ page }) => {
  const email = `locked-${Date.now()}@demo.test`;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong");
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formError(page)).toHaveText("Incorrect email or password.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formError(page)).toHaveText("Too many failed sign-in attempts for this account. Try again in 1 minute, or reset your password by email.");
});

test("signing out ends the session: the old cookie no longer works", async ({ page, browser }) => {
  await signIn(page, "owner");
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).toContain("next-auth.session-token");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Policy Tracker" })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayed = await replay.newPage();
  await replayed.goto("/w/demo");
  await expect(replayed).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("a signed-out visit to a page goes to sign-in", async ({ page }) => {
  await page.goto("/w/demo");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fdemo/);
  await expect(page.getByRole("heading", { name: "Sign in to Policy Tracker" })).toBeVisible();
});

test("sign-in, tracker, item and source pages have no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoSeriousViolations(page, "sign-in");
  await signIn(page, "viewer", DEMO_PASSWORD);
  await expectNoSeriousViolations(page, "tracker");
  await page.getByRole("link", { name: "South Korea's complaint over Japan's export controls" }).click();
  await expect(page.getByRole("heading", { name: "Status timeline" })).toBeVisible();
  await expectNoSeriousViolations(page, "item");
  await page.getByRole("link", { name: /Yoon calls for South Korea–Japan cooperation/ }).first().click();
  await expect(page.getByRole("heading", { name: "Cited by" })).toBeVisible();
  await expectNoSeriousViolations(page, "source");
});

test("pages carry a nonce Content-Security-Policy and API answers a fixed one, both with the other security headers", async ({ request }) => {
  const page = await request.get("/sign-in");
  const pagePolicy = page.headers()["content-security-policy"] ?? "";
  expect(pagePolicy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(pagePolicy).toContain("frame-ancestors 'none'");
  const second = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(second).not.toBe(pagePolicy);

  const api = await request.get("/api/live");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  for (const response of [page, api]) {
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["strict-transport-security"]).toContain("max-age=");
  }
});
