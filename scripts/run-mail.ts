// The mail part of `npm run dev` / `npm start`: SMTP_URL when set; in development otherwise a local mail catcher.
import path from "node:path";
import { commandEnv } from "../lib/env";
import { startDevMailCatcher, type MailCatcher } from "../lib/mail/dev-mail-catcher";

/**
 * Sets SMTP_URL for the app when it starts a catcher and says where mail goes. Returns the catcher (null when mail goes
 * elsewhere or nowhere) and how to start it again on the same ports, for the supervisor.
 */
export async function startMailForRun(mode: "dev" | "start", say: (line: string) => void): Promise<{ catcher: MailCatcher; restart: () => Promise<MailCatcher> } | null> {
  if (process.env.SMTP_URL) {
    say("Email goes out through the SMTP server at SMTP_URL.");
    return null;
  }
  if (mode === "start") {
    say("SMTP_URL is not set: no email is sent. Invite links are shown to copy; password resets need an administrator's link.");
    return null;
  }
  const env = commandEnv();
  const mailDirectory = path.join(env.DATA_DIR, "mail");
  const catcher = await startDevMailCatcher({ smtpPort: env.DEV_MAIL_SMTP_PORT, webPort: env.DEV_MAIL_WEB_PORT, mailDirectory });
  process.env.SMTP_URL = catcher.smtpUrl;
  say(`Email is caught, not delivered: read every message the app sends at ${catcher.webUrl}`);
  // Again on the ports the app was given (SMTP_URL names them).
  const ports = { smtpPort: Number(new URL(catcher.smtpUrl).port), webPort: Number(new URL(catcher.webUrl).port) };
  return { catcher, restart: () => startDevMailCatcher({ ...ports, mailDirectory }) };
}
