import { test as base, expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

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

/**
 * Signs an API client in as a script would: a CSRF token from next-auth, then its credentials callback. The session
 * cookie stays in the context's cookie jar for the requests that follow.
 */
export async function signInApi(request: APIRequestContext, role: DemoRole, password = DEMO_PASSWORD) {
  await signInApiAs(request, ACCOUNTS[role].email, password);
}

/** The same for any account, such as one a test made in its own workspace. */
export async function signInApiAs(request: APIRequestContext, email: string, password: string) {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(callback.status()).toBe(200);
  const session = await request.get("/api/auth/session");
  expect(await session.json()).toMatchObject({ user: { email } });
}

/** For API tests: `api("analyst")` is a request context signed in as that demo account, `api()` an anonymous one. */
export const apiTest = base.extend<{ api: (role?: DemoRole) => Promise<APIRequestContext> }>({
  // The fixture's callback is named `provide`, not Playwright's usual `use`, which React's lint rules take for a hook.
  api: async ({ playwright, baseURL }, provide) => {
    const contexts: APIRequestContext[] = [];
    await provide(async (role) => {
      const context = await playwright.request.newContext({ baseURL });
      contexts.push(context);
      if (role) await signInApi(context, role);
      return context;
    });
    await Promise.all(contexts.map((context) => context.dispose()));
  },
});

/** Chooses an item or source in a search picker (a combobox): types its title, then picks the match. */
export async function pickRecord(scope: Page | Locator, label: string, title: string) {
  const box = scope.getByRole("combobox", { name: label, exact: true });
  await box.fill(title);
  await scope.getByRole("option", { name: title, exact: true }).click();
  await expect(box).toHaveValue(title);
}
