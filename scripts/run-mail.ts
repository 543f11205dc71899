// The mail part of `npm run dev` / `npm start`: SMTP_URL when set; in development otherwise a local mail catcher.
import { devEnv } from "../lib/env";
import { startDevMailCatcher } from "../lib/mail/dev-mail-catcher";

/** Sets SMTP_URL for the app when it starts a catcher, says where mail goes, and returns how to stop the catcher. */
export async function startMailForRun(mode: "dev" | "start", say: (line: string) => void): Promise<() => Promise<void>> {
  if (process.env.SMTP_URL) {
    say("Email goes out through the SMTP server at SMTP_URL.");
    return async () => {};
  }
  if (mode === "start") {
    say("SMTP_URL is not set: no email is sent. Invite links are shown to copy; password resets need an administrator's link.");
    return async () => {};
  }
  const { DEV_MAIL_SMTP_PORT, DEV_MAIL_WEB_PORT } = devEnv();
  const catcher = await startDevMailCatcher({ smtpPort: DEV_MAIL_SMTP_PORT, webPort: DEV_MAIL_WEB_PORT, mailDirectory: ".data/mail" });
  process.env.SMTP_URL = catcher.smtpUrl;
  say(`Email is caught, not delivered: read every message the app sends at ${catcher.webUrl}`);
  return catcher.stop;
}
