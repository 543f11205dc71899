import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { mailLink, receiveMail } from "./mail";
import { startOwnServer, type OwnServer } from "./own-server";
import { expectNoSeriousViolations } from "./accessibility";

// A new team on an empty database, as it would start on its own PostgreSQL: the first owner sets the instance up,
// invites two people by email (read from the mail catcher), who accept; one forgets their password and resets it;
// sessions are listed and ended; the owner deactivates a member; someone signs up by themselves where the policy lets
// them. Every emailed link is then tried again, and refused.

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const DOMAIN = `team-${run}.test`;
const PASSWORD = "a long enough password";
const OWNER = { name: "Nora Owner", email: `nora@${DOMAIN}` };
const ANALYST = { name: "Ana Lyst", email: `ana@${DOMAIN}` };
const VIEWER = { name: "Vic Ewer", email: `vic@${DOMAIN}` };
const WORKSPACE = "Sanctions desk";

let server: OwnServer;
const contexts: BrowserContext[] = [];
const used: { label: string; link: string; refusal: string }[] = [];

test.beforeAll(async () => {
  server = await startOwnServer();
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await server.stop();
});

/** A browser of its own (its own cookies), on the team's server. */
async function browse(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseURL });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const header = (page: Page) => page.getByRole("banner");
let owner: Page;
let analyst: Page;
let viewer: Page;

test("the first person sets the instance up: their account, the first workspace, and administration", async ({ browser }) => {
  owner = await browse(browser);
  await owner.goto("/");
  await expect(owner).toHaveURL(/\/setup$/);
  await expect(owner.getByRole("heading", { name: "Set up Policy Tracker" })).toBeVisible();
  await expectNoSeriousViolations(owner, "setup");
  await owner.getByLabel("Your name").fill(OWNER.name);
  await owner.getByLabel("Email").fill(OWNER.email);
  await owner.getByLabel("Password").fill("short");
  await owner.getByLabel("Workspace name").fill(WORKSPACE);
  await expect(owner.getByLabel("Workspace address")).toHaveValue("sanctions-desk");
  await owner.getByRole("button", { name: "Create account and workspace" }).click();
  await expect(owner.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 12 characters/);
  await owner.getByLabel("Password").fill(PASSWORD);
  await owner.getByRole("button", { name: "Create account and workspace" }).click();
  await expect(owner).toHaveURL(/\/w\/sanctions-desk$/);
  await expect(header(owner)).toContainText(`${OWNER.name}Owner`);
  await expect(header(owner).getByRole("link", { name: "Administration" })).toBeVisible();

  // Set up once: the page now says so to anyone.
  const late = await browse(browser);
  await late.goto("/setup");
  await expect(late.getByRole("heading", { name: "Policy Tracker is set up" })).toBeVisible();
  await late.goto("/sign-in");
  await expect(late.getByRole("heading", { name: "Sign in to Policy Tracker" })).toBeVisible();
  await expectNoSeriousViolations(late, "sign-in");
});

test("the owner invites two people by email; each reads the invite and joins", async ({ browser }) => {
  await owner.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" }).click();
  await expect(owner.getByText("Give their email address and the link is emailed to them")).toBeVisible();
  const form = owner.getByRole("form", { name: "Invite someone" });
  const links: string[] = [];
  for (const [person, role] of [[ANALYST, "analyst"], [VIEWER, "viewer"]] as const) {
    await form.getByLabel("Role", { exact: true }).selectOption(role);
    await form.getByLabel("Email (optional)").fill(person.email);
    await form.getByRole("button", { name: "Create invite link" }).click();
    await expect(owner.getByText(`The invite was emailed to ${person.email}. You can also copy the link.`)).toBeVisible();
    links.push(await owner.getByLabel("Invite link").inputValue());
  }

  for (const [index, [person, role]] of ([[ANALYST, "analyst"], [VIEWER, "viewer"]] as const).entries()) {
    const mail = await receiveMail(person.email, new RegExp(`^${OWNER.name} invited you to ${WORKSPACE} on Policy Tracker$`));
    expect(mail.replyTo?.[0]?.address).toBe(OWNER.email);
    expect(mail.text).toContain(`${OWNER.name} (${OWNER.email}) invited you to join the workspace “${WORKSPACE}”`);
    expect(mail.text).toContain(`as ${role}`);
    const link = mailLink(mail, "/invite/");
    expect(link).toBe(links[index]);

    const page = await browse(browser);
    await page.goto(link);
    await expect(page.getByLabel("Email")).toHaveValue(person.email);
    await page.getByLabel("Your name").fill(person.name);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page).toHaveURL(/\/w\/sanctions-desk$/);
    await expect(header(page)).toContainText(`${person.name}${role === "analyst" ? "Analyst" : "Viewer"}`);
    used.push({ label: `${role}'s invite`, link, refusal: "This invite link has already been used." });
    if (role === "analyst") analyst = page;
    else viewer = page;
  }
});

test("the viewer forgets their password and resets it from the emailed link, which signs them out elsewhere", async ({ browser }) => {
  const forgetful = await browse(browser);
  await forgetful.goto("/sign-in");
  await forgetful.getByRole("link", { name: "Forgot your password?" }).click();
  await expectNoSeriousViolations(forgetful, "forgot password");
  await forgetful.getByLabel("Email").fill(VIEWER.email);
  await forgetful.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(forgetful.getByRole("status").filter({ hasText: "If an account uses that address" })).toBeVisible();

  const mail = await receiveMail(VIEWER.email, /^Reset your Policy Tracker password$/);
  expect(mail.text).toContain(`reset the password of the Policy Tracker account ${VIEWER.email}`);
  const link = mailLink(mail, "/reset-password/");
  await forgetful.goto(link);
  await expect(forgetful.getByText(`For ${VIEWER.email}.`)).toBeVisible();
  await expectNoSeriousViolations(forgetful, "reset password");
  await forgetful.getByLabel("New password", { exact: true }).fill("the viewer's new password");
  await forgetful.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(forgetful).toHaveURL(/\/w\/sanctions-desk$/);
  await expect(header(forgetful)).toContainText(`${VIEWER.name}Viewer`);

  // The session the viewer had elsewhere ended with the reset.
  await viewer.goto("/w/sanctions-desk");
  await expect(viewer).toHaveURL(/\/sign-in/);
  viewer = forgetful;
  used.push({ label: "reset link", link, refusal: "This link has already been used. Each link works once." });
});

test("the analyst sees their sessions, ends one, and changes their email address by the emailed link", async ({ browser }) => {
  const laptop = await browse(browser);
  await signIn(laptop, ANALYST.email);
  await expect(laptop).toHaveURL(/\/w\/sanctions-desk$/);

  await analyst.getByRole("link", { name: `Your account: ${ANALYST.name}` }).click();
  await expect(analyst.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expectNoSeriousViolations(analyst, "account");
  const sessions = analyst.getByRole("table", { name: "Your sessions" });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(sessions.getByText("This browser")).toHaveCount(1);
  await sessions.getByRole("button", { name: /^End session: / }).click();
  await expect(sessions.getByRole("row")).toHaveCount(2);
  await laptop.reload();
  await expect(laptop).toHaveURL(/\/sign-in/);

  const newEmail = `ana.lyst@${DOMAIN}`;
  const change = analyst.getByRole("form", { name: "Change your email address" });
  await change.getByLabel("New email address").fill(newEmail);
  await change.getByLabel("Current password").fill(PASSWORD);
  await change.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(analyst.getByText(`We sent a link to ${newEmail}.`)).toBeVisible();
  const mail = await receiveMail(newEmail, /^Confirm your new email address for Policy Tracker$/);
  const link = mailLink(mail, "/verify-email/");
  await analyst.goto(link);
  await expectNoSeriousViolations(analyst, "verify email");
  await analyst.getByRole("button", { name: "Confirm my new address" }).click();
  await expect(analyst.getByRole("status").filter({ hasText: `Your email address is now ${newEmail}.` })).toBeVisible();
  await receiveMail(ANALYST.email, /^Your Policy Tracker email address was changed$/);
  used.push({ label: "email change link", link, refusal: "This link has already been used. Each link works once." });
  ANALYST.email = newEmail;
});

test("the owner deactivates the viewer: their session ends at once, they cannot sign in, their membership stays", async ({ browser }) => {
  await owner.getByRole("link", { name: "Administration" }).click();
  await expect(owner.getByRole("heading", { name: "Administration" })).toBeVisible();
  await expectNoSeriousViolations(owner, "administration");
  const row = owner.getByRole("row").filter({ hasText: VIEWER.email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await row.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(row).toContainText("Deactivated");

  await viewer.reload();
  await expect(viewer).toHaveURL(/\/sign-in/);
  const again = await browse(browser);
  await signIn(again, VIEWER.email, "the viewer's new password");
  await expect(again.locator("form [role=alert]")).toHaveText("This account has been deactivated. Ask your administrator if you need it again.");

  await owner.goto("/w/sanctions-desk/members");
  await expect(owner.getByRole("row").filter({ hasText: VIEWER.name })).toContainText("Deactivated");
  await owner.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Security" }).click();
  await expectNoSeriousViolations(owner, "workspace security");
  await expect(owner.getByRole("table", { name: "Security events of this workspace" })).toContainText("Account created");
  await owner.goto("/admin/security");
  await expectNoSeriousViolations(owner, "instance security");
  const events = owner.getByRole("table", { name: "Security events of the instance" });
  await expect(events.getByRole("row").filter({ hasText: /Account deactivated/ })).toContainText(VIEWER.name);
  await expect(events.getByRole("row").filter({ hasText: "Sign-in refused: account deactivated" })).toBeVisible();
  await expect(events.getByRole("row").filter({ hasText: "Password reset with an emailed link" })).toContainText(VIEWER.email);
});

test("with sign-up open to the team's domain, a newcomer signs up by confirming their address", async ({ browser }) => {
  await owner.goto("/admin");
  const policy = owner.getByRole("form", { name: "Who may join" });
  await policy.getByLabel(/Listed email domains/).check();
  await policy.getByLabel("Email domains", { exact: true }).fill(DOMAIN);
  await policy.getByRole("button", { name: "Save" }).click();
  await expect(policy.getByRole("status")).toHaveText("Saved.");

  const newcomer = await browse(browser);
  await newcomer.goto("/sign-in");
  await newcomer.getByRole("link", { name: "Create an account" }).click();
  await expectNoSeriousViolations(newcomer, "sign-up");
  await newcomer.getByLabel("Your name").fill("Newt Comer");
  await newcomer.getByLabel("Email").fill("newt@elsewhere.test");
  await newcomer.getByLabel("Password").fill(PASSWORD);
  await newcomer.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.getByLabel("Email")).toHaveAccessibleDescription(new RegExp(`Use an address at ${DOMAIN}`));
  const email = `newt@${DOMAIN}`;
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.getByRole("status")).toContainText("Check your email");

  const link = mailLink(await receiveMail(email, /^Confirm your email address for Policy Tracker$/), "/verify-email/");
  await newcomer.goto(link);
  await newcomer.getByRole("button", { name: "Confirm and create my account" }).click();
  await newcomer.getByRole("status").getByRole("link", { name: "Sign in" }).click();
  await signIn(newcomer, email);
  await expect(newcomer.getByRole("heading", { name: "No workspace yet" })).toBeVisible();
  used.push({ label: "sign-up link", link, refusal: "This link has already been used. Each link works once." });
});

test("every emailed link, used once already, is refused when used again", async ({ browser }) => {
  const page = await browse(browser);
  expect(used.map((u) => u.label)).toEqual(["analyst's invite", "viewer's invite", "reset link", "email change link", "sign-up link"]);
  for (const { label, link, refusal } of used) {
    await page.goto(link);
    await expect(page.getByRole("alert").filter({ hasText: refusal }), label).toBeVisible();
    await expect(page.getByRole("button", { name: /Create account|Set password|Confirm/ }), label).toHaveCount(0);
  }
});
