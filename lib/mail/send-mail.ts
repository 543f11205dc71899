import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

export type MailMessage = { to: string; subject: string; text: string; html: string; replyTo?: string; headers?: Record<string, string> };

/** Whether an email went out; when it did not, why: the app then shows the link to copy, and says which it is. */
export type MailOutcome = { sent: true } | { sent: false; reason: "no_transport" | "failed" };

// One transport per process (nodemailer pools nothing by default; each send opens its own connection).
let cached: { url: string; transporter: Transporter } | undefined;

function transport(): Transporter | null {
  const url = serverEnv().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

/** Whether this instance can send email at all (SMTP_URL is set). */
export function canSendMail(): boolean {
  return serverEnv().SMTP_URL !== undefined;
}

/**
 * Sends one email over SMTP. A refused or unreachable server is logged and reported as not sent rather than thrown:
 * what the email carries (an invite link) is still shown to the person who asked for it.
 */
export async function sendMail(message: MailMessage): Promise<MailOutcome> {
  const transporter = transport();
  if (!transporter) return { sent: false, reason: "no_transport" };
  try {
    await transporter.sendMail({ from: serverEnv().MAIL_FROM, ...message });
    return { sent: true };
  } catch (error) {
    // By kind and code only: an SMTP server's refusal quotes the recipient's address.
    const { name, code, responseCode } = error instanceof Error ? (error as Error & { code?: string; responseCode?: number }) : { name: typeof error, code: undefined, responseCode: undefined };
    logger().error({ errorType: name, code, responseCode }, "sending mail failed");
    return { sent: false, reason: "failed" };
  }
}

/** An absolute link into the app, for emails (NEXTAUTH_URL is the public address). */
export function appLink(path: string): string {
  return new URL(path, serverEnv().NEXTAUTH_URL).toString();
}
