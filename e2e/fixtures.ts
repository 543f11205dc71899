import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "demo-password-for-tests";
export const ACCOUNTS = {
  owner: { email: "owner@demo.test", name: "Olivia Owner" },
  analyst: { email: "analyst@demo.test", name: "Aiko Analyst" },
  viewer: { email: "viewer@demo.test", name: "Victor Viewer" },
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

/** The sign-in form's error message (Next.js keeps an empty route-announcer alert of its own on every page). */
export const formError = (page: Page) => page.locator("form [role=alert]");

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, role: DemoRole, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/w\/demo$/);
  await expect(page.getByRole("heading", { name: "Tracker", exact: true })).toBeVisible();
}
