import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { serverCommand } from "./scripts/server-command";

// Debian's Chromium where present (Playwright cannot download browsers on these machines); CHROMIUM_PATH overrides.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
/** A second instance of the app on the same database, for what must hold across instances (live updates). */
export const SECOND_INSTANCE_URL = `http://localhost:${port + 1}`;
/** Opens GET /api/metrics on the test servers (e2e/operations.spec.ts). */
export const METRICS_TOKEN = process.env.METRICS_TOKEN ?? "e2e-metrics-token-0123456789";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The app's own server (scripts/server.ts), as `npm start` runs it, which stamps each request's client address; two
  // instances on one database, for the live updates across instances.
  webServer: [baseURL, SECOND_INSTANCE_URL].map((url) => ({
    command: serverCommand("start").map((part) => JSON.stringify(part)).join(" "),
    url: `${url}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The webhook test's receiver runs on this machine, which webhooks may reach only when allowed.
    env: { NEXTAUTH_URL: url, PORT: new URL(url).port, METRICS_TOKEN, WEBHOOKS_ALLOW_PRIVATE: "true" },
  })),
});
