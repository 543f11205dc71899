import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";
import { expectNoSeriousViolations } from "./accessibility";

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

/** Makes a token on the API tokens page, as a person would, and returns it as shown (once). */
async function makeToken(page: Page, name: string, scope: "Read only" | "Read and write") {
  await page.goto("/w/demo/settings/tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel(scope).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const field = page.getByLabel("Your new API token");
  await expect(field).toHaveValue(/^pt_/);
  return field.inputValue();
}

test("a token made on its page works for a script with no cookie, within its scope, until revoked", async ({ page, playwright, baseURL }) => {
  await signIn(page, "analyst");
  const name = unique("Nightly sync");
  const token = await makeToken(page, name, "Read only");
  await expectNoSeriousViolations(page, "tokens page with a new token");
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await script.get("/api/v1/workspaces/demo/items?limit=1")).status()).toBe(200);
  const write = await script.post("/api/v1/workspaces/demo/items", { data: { kind: "export_control", title: "Not with a read token", implementingJurisdictions: ["JP"] } });
  expect(write.status()).toBe(403);
  // Last use is shown, and the token is revoked from the same page.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: `Revoke the token “${name}”` }).click();
  await expect(row).toContainText("Revoked");
  expect((await script.get("/api/v1/workspaces/demo/items?limit=1")).status()).toBe(401);
  await script.dispose();
});

test("the server refuses a body over the limit with 413 and describes itself in OpenAPI 3.1", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const description = await anonymous.get("/api/v1/openapi.json");
  expect(description.status()).toBe(200);
  const document = (await description.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/workspaces/{slug}/imports/items");
  const big = await anonymous.post("/api/v1/workspaces/demo/items", { headers: { "content-type": "application/json" }, data: Buffer.alloc(5 * 1024 * 1024, 32) });
  expect(big.status()).toBe(413);
  await anonymous.dispose();
});

test("the API reference page lists every operation and has no serious accessibility violations", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  await expect(page.locator("#importItems")).toContainText("/api/v1/workspaces/{slug}/imports/items");
  await expectNoSeriousViolations(page, "API reference");
});

test("importing a spreadsheet: a dry run row by row, then one import with a reason, and again changes nothing", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/w/demo/import");
  await expect(page.getByRole("heading", { name: "Import" })).toBeVisible();
  const id = Date.now().toString(36);
  const csv = [
    "external_id,kind,title,implementing_jurisdictions,affected_jurisdictions,status,status_effective_on",
    `e2e-${id}-1,export_control,Imported control ${id},JP,KR,in_force,2019-07`,
    `e2e-${id}-2,export_control,,JP,,,`,
  ].join("\n");
  const choose = (content: string) => page.getByLabel("File (CSV or JSON, UTF-8)").setInputFiles({ name: "measures.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
  await choose(csv);
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  const problem = page.getByRole("row").filter({ hasText: `e2e-${id}-2` });
  await expect(problem).toContainText("Problem");
  await expect(problem).toContainText("title");
  await expectNoSeriousViolations(page, "import dry run with a problem");

  await choose(csv.split("\n").slice(0, 2).join("\n"));
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByRole("row").filter({ hasText: `e2e-${id}-1` })).toContainText("New item");
  await page.getByLabel("Reason (recorded with the import)").fill("Moving in from our spreadsheet");
  await page.getByRole("button", { name: "Import 1 item" }).click();
  await expect(page.getByText(/Imported: 1 created/)).toBeVisible();

  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByText(/0 new, 0 changed, 1 unchanged/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);
});
