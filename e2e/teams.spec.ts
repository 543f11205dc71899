import { expect, test, type Page } from "@playwright/test";
import { accountOutsideDemo, expiredInvitePath } from "./db-helpers";
import { ACCOUNTS, signIn } from "./fixtures";
import { mailLink, receiveMail } from "./mail";
import { expectNoSeriousViolations } from "./accessibility";

const PASSWORD = "a password long enough";
const LAST_OWNER = "A workspace needs at least one active owner. Make another member an owner first.";

let made = 0;
const uniqueName = (label: string) => `${label} ${Date.now().toString(36)}${(made++).toString(36)}`;
const emailFor = (name: string) => `${name.toLowerCase().replaceAll(" ", ".")}@example.test`;

async function openMembers(page: Page) {
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
}

/** Creates an invite on the members page and copies its link from the page, as an owner would. */
async function inviteLink(page: Page, role: "analyst" | "viewer", email = "") {
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Role", { exact: true }).selectOption(role);
  await form.getByLabel("Email (optional)").fill(email);
  await form.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByLabel("Invite link");
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

/** Signs in through the form with an account a test made (fixtures' signIn is for the demo accounts). */
async function fillSignIn(page: Page, account: { email: string; password: string }) {
  await expect(page.getByRole("heading", { name: "Sign in to Policy Tracker" })).toBeVisible();
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const memberRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: false }) });
const header = (page: Page) => page.getByRole("banner");

test("an owner invites an analyst and a viewer, who join with their roles; the owner promotes and then removes the viewer", async ({ page, browser }) => {
  await signIn(page, "owner");
  await openMembers(page);
  const analystName = uniqueName("Ana Lyst");
  const viewerName = uniqueName("Vi Ewer");

  // An invite naming an email: the sign-up form shows that address and does not let it change.
  const analystLink = await inviteLink(page, "analyst", emailFor(analystName));
  const viewerLink = await inviteLink(page, "viewer");
  const pending = page.getByRole("table", { name: "Invites not yet used" });
  await expect(pending.getByRole("cell", { name: emailFor(analystName), exact: true })).toBeVisible();
  // The invite naming an address was emailed there, with the same link.
  expect(mailLink(await receiveMail(emailFor(analystName), /invited you to Japan–Korea trade \(demo\)/), "/invite/")).toBe(analystLink);

  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await analyst.goto(analystLink);
  await expect(analyst.getByRole("heading", { name: "Join Japan–Korea trade (demo)" })).toBeVisible();
  await expect(analyst.getByText(`${ACCOUNTS.owner.name} invited you to join Japan–Korea trade (demo) as analyst`)).toBeVisible();
  await expect(analyst.getByLabel("Email")).toHaveValue(emailFor(analystName));
  await expect(analyst.getByLabel("Email")).not.toBeEditable();
  await analyst.getByLabel("Your name").fill(analystName);
  await analyst.getByLabel("Password").fill(PASSWORD);
  await analyst.getByRole("button", { name: "Create account and join" }).click();
  await expect(analyst).toHaveURL(/\/w\/demo$/);
  await expect(header(analyst)).toContainText(`${analystName}Analyst`);
  await analyst.getByRole("link", { name: "Sources" }).click();
  await expect(analyst.getByRole("link", { name: "Add a source" })).toBeVisible();

  // A password shorter than 12 characters is refused next to the field, then the account is made.
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(viewerLink);
  await viewer.getByLabel("Your name").fill(viewerName);
  await viewer.getByLabel("Email").fill(emailFor(viewerName));
  await viewer.getByLabel("Password").fill("too short");
  await viewer.getByRole("button", { name: "Create account and join" }).click();
  await expect(viewer.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 12 characters/);
  await expect(viewer.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await viewer.getByLabel("Password").fill(PASSWORD);
  await viewer.getByRole("button", { name: "Create account and join" }).click();
  await expect(viewer).toHaveURL(/\/w\/demo$/);
  await expect(header(viewer)).toContainText(`${viewerName}Viewer`);
  await expect(viewer.getByRole("link", { name: "New item" })).toHaveCount(0);
  await viewer.getByRole("link", { name: "Sources" }).click();
  await expect(viewer.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Add a source" })).toHaveCount(0);
  await openMembers(viewer);
  await expect(viewer.getByRole("heading", { name: "Invite someone" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Change role/ })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Leave workspace" })).toBeVisible();

  // Both invites are used up, and both people are listed with their roles.
  await page.reload();
  await expect(pending.getByRole("cell", { name: emailFor(analystName), exact: true })).toHaveCount(0);
  await expect(memberRow(page, analystName).getByRole("cell").nth(2)).toHaveText("Analyst");
  await expect(memberRow(page, viewerName).getByRole("cell").nth(2)).toHaveText("Viewer");

  await page.getByLabel(`Role of ${viewerName}`, { exact: true }).selectOption("analyst");
  await page.getByRole("button", { name: `Change role of ${viewerName}` }).click();
  await expect(memberRow(page, viewerName).getByRole("cell").nth(2)).toHaveText("Analyst");
  await viewer.goto("/w/demo/sources");
  await expect(header(viewer)).toContainText(`${viewerName}Analyst`);
  await expect(viewer.getByRole("link", { name: "Add a source" })).toBeVisible();

  await page.getByRole("button", { name: `Remove ${viewerName}` }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(memberRow(page, viewerName)).toHaveCount(0);
  await viewer.goto("/w/demo");
  await expect(viewer.getByRole("heading", { name: "Not found" })).toBeVisible();

  // A link works once.
  const again = await browser.newContext();
  const late = await again.newPage();
  await late.goto(viewerLink);
  await expect(late.getByRole("alert").filter({ hasText: "This invite link has already been used." })).toBeVisible();
  await expect(late.getByRole("button", { name: "Create account and join" })).toHaveCount(0);
  await Promise.all([analystContext.close(), viewerContext.close(), again.close()]);
});

test("the last owner can be neither demoted nor leave", async ({ page }) => {
  await signIn(page, "owner");
  await openMembers(page);
  await page.getByLabel(`Role of ${ACCOUNTS.owner.name}`, { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: `Change role of ${ACCOUNTS.owner.name}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: LAST_OWNER })).toBeVisible();
  await page.getByRole("button", { name: "Leave workspace" }).click();
  await page.getByRole("button", { name: "Yes, leave" }).click();
  await expect(page.getByRole("alert").filter({ hasText: LAST_OWNER })).toBeVisible();
  await page.reload();
  await expect(memberRow(page, ACCOUNTS.owner.name).getByRole("cell").nth(2)).toHaveText("Owner");
  await expect(header(page)).toContainText(`${ACCOUNTS.owner.name}Owner`);
});

test("someone with an account signs in from the link and joins with one click; a revoked link stops working", async ({ page, browser }) => {
  await signIn(page, "owner");
  await openMembers(page);
  const link = await inviteLink(page, "viewer");
  const revoked = await inviteLink(page, "analyst", "revoked@example.test");
  await page.getByRole("button", { name: "Revoke the analyst invite for revoked@example.test" }).click();
  await expect(page.getByRole("cell", { name: "revoked@example.test" })).toHaveCount(0);

  const person = await accountOutsideDemo();
  const context = await browser.newContext();
  const joiner = await context.newPage();
  await joiner.goto(link);
  await joiner.getByRole("link", { name: "Sign in to accept" }).click();
  await fillSignIn(joiner, person);
  await expect(joiner.getByText(`Signed in as ${person.name} (${person.email}).`)).toBeVisible();
  await joiner.getByRole("button", { name: "Join Japan–Korea trade (demo)" }).click();
  await expect(joiner).toHaveURL(/\/w\/demo$/);
  await expect(header(joiner)).toContainText(`${person.name}Viewer`);

  await joiner.goto(link);
  await expect(joiner.getByRole("alert").filter({ hasText: "This invite link has already been used." })).toBeVisible();
  await joiner.goto(revoked);
  await expect(joiner.getByRole("alert").filter({ hasText: "This invite link was withdrawn by the workspace owner." })).toBeVisible();
  await context.close();
});

test("an expired or unknown invite link says so", async ({ page }) => {
  await page.goto(await expiredInvitePath());
  await expect(page.getByRole("heading", { name: "Join Japan–Korea trade (demo)" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "This invite link has expired. Ask the workspace owner for a new one." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create account and join" })).toHaveCount(0);
  await page.goto(`/invite/${"x".repeat(43)}`);
  await expect(page.getByRole("alert").filter({ hasText: "This invite link is not valid." })).toBeVisible();
});

test("someone in no workspace creates two and switches between them from the header", async ({ page }) => {
  const person = await accountOutsideDemo();
  await page.goto("/sign-in");
  await fillSignIn(page, person);
  await expect(page.getByRole("heading", { name: "No workspace yet" })).toBeVisible();
  await page.getByRole("link", { name: "Create a workspace" }).click();
  const first = uniqueName("Chip desk");
  const firstSlug = first.toLowerCase().replaceAll(" ", "-");
  await page.getByLabel("Name").fill(first);
  await expect(page.getByLabel("Address")).toHaveValue(firstSlug);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${firstSlug}$`));
  await expect(header(page)).toContainText(`${person.name}Owner`);

  const switcher = header(page).locator("summary");
  await expect(switcher).toHaveText(`Workspace: ${first}▾`);
  await switcher.click();
  await header(page).getByRole("link", { name: "New workspace…" }).click();
  const second = uniqueName("Sanctions desk");
  await page.getByLabel("Name").fill(second);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(header(page).locator("summary")).toHaveText(`Workspace: ${second}▾`);

  await header(page).locator("summary").click();
  const menu = header(page).getByRole("list", { name: "Your workspaces" });
  await expect(menu.getByRole("link")).toHaveText([`${first}Owner`, `${second}Owner`]);
  await menu.getByRole("link", { name: first }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${firstSlug}$`));
  await expect(menu).toBeHidden();

  await page.goto("/workspaces/new");
  await page.getByLabel("Name").fill("Taken address");
  await page.getByLabel("Address").fill("demo");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByLabel("Address")).toHaveAccessibleDescription(/That address is taken; choose another/);
});

test("the members, invite and new-workspace pages have no serious or critical accessibility violations", async ({ page, browser }) => {
  await signIn(page, "owner");
  await openMembers(page);
  const link = await inviteLink(page, "viewer", "axe@example.test");
  await expectNoSeriousViolations(page, "members with a new link");
  await page.getByRole("button", { name: `Remove ${ACCOUNTS.viewer.name}` }).click();
  await expectNoSeriousViolations(page, "members confirming a removal");
  await page.getByRole("button", { name: "Cancel" }).click();
  await header(page).locator("summary").click();
  await expectNoSeriousViolations(page, "workspace menu open");
  await page.goto("/workspaces/new");
  await expectNoSeriousViolations(page, "new workspace");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(link);
  await newcomer.getByRole("button", { name: "Create account and join" }).click();
  await expect(newcomer.getByLabel("Your name")).toHaveAccessibleDescription(/Enter your name/);
  await expectNoSeriousViolations(newcomer, "invite with field errors");
  await newcomer.goto(await expiredInvitePath());
  await expectNoSeriousViolations(newcomer, "expired invite");
  await context.close();

  const viewer = await browser.newContext();
  const viewerPage = await viewer.newPage();
  await signIn(viewerPage, "viewer");
  await openMembers(viewerPage);
  await expectNoSeriousViolations(viewerPage, "members as a viewer");
  await viewer.close();
});
