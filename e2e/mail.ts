import { expect } from "@playwright/test";

/** An email as the development mail catcher (MailDev) received it over SMTP. */
export type CaughtMail = { id: string; subject: string; text: string; html: string; from: { address: string; name: string }[]; to: { address: string; name: string }[]; replyTo?: { address: string }[] };

// Set by scripts/with-test-db.ts --mail, which started the catcher the app under test sends to.
const catcher = () => {
  const url = process.env.MAIL_CATCHER_URL;
  if (!url) throw new Error("MAIL_CATCHER_URL is not set: run the browser tests with `npm run test:e2e`");
  return url;
};

/**
 * Waits for the email to `to` whose subject matches, reads it, and removes it from the catcher, so that a later wait
 * for the same address finds the next one.
 */
export async function receiveMail(to: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const inbox = (await (await fetch(`${catcher()}/email`)).json()) as CaughtMail[];
        found = inbox.find((mail) => mail.to.some((t) => t.address.toLowerCase() === to.toLowerCase()) && subject.test(mail.subject));
        return found?.subject ?? "";
      },
      { message: `an email to ${to} matching ${subject}`, timeout: 20_000 },
    )
    .toMatch(subject);
  const mail = found as CaughtMail;
  await fetch(`${catcher()}/email/${mail.id}`, { method: "DELETE" });
  return mail;
}

/** The email's link to `path` ("/invite/"), as written in its text part; its HTML part must carry the same link. */
export function mailLink(mail: CaughtMail, path: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.startsWith(path));
  expect(link, `a link to ${path} in "${mail.subject}"`).toBeDefined();
  expect(mail.html).toContain(link as string);
  return link as string;
}

/** No email to `to` is waiting in the catcher. */
export async function expectNoMail(to: string): Promise<void> {
  const inbox = (await (await fetch(`${catcher()}/email`)).json()) as CaughtMail[];
  expect(inbox.filter((mail) => mail.to.some((t) => t.address.toLowerCase() === to.toLowerCase())).map((m) => m.subject)).toEqual([]);
}
