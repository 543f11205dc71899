import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  replyTo: string;
  subject: string;
  text: string;
  html: string;
  /** Each header as sent, by its lower-case name ("list-unsubscribe": "<https://…>"). */
  headers: Record<string, string>;
};

export type SmtpSink = {
  url: string;
  received: ReceivedMail[];
  /** The first message to `to` (whose subject matches, if given) that arrived or arrives; the test's timeout bounds the wait. */
  next: (to: string, subject?: RegExp) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

const addresses = (value: ParsedMail["to"]): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) => group.value.map((a) => (a.address ?? "").toLowerCase()));

/**
 * A real SMTP server in the test process, on a free port of 127.0.0.1: the app sends to it over SMTP as it would to
 * any mail server, and each message is parsed (text and HTML parts, headers) for the test to read.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiting: { match: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail: ReceivedMail = {
            to: addresses(parsed.to),
            from: parsed.from?.text ?? "",
            replyTo: parsed.replyTo?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()])),
          };
          // The first test waiting for it takes it; otherwise it waits in `received` for one to ask.
          const waiter = waiting.find((w) => w.match(mail));
          if (waiter) {
            waiting.splice(waiting.indexOf(waiter), 1);
            waiter.resolve(mail);
          } else {
            received.push(mail);
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    next: (to, subject) => {
      const match = (mail: ReceivedMail) => mail.to.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject));
      const already = received.find(match);
      if (already) {
        received.splice(received.indexOf(already), 1);
        return Promise.resolve(already);
      }
      return new Promise((resolve) => waiting.push({ match, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in an email's text part that leads to `path` (e.g. "/reset-password/"). */
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.startsWith(path));
  if (!link) throw new Error(`No link to ${path} in "${mail.subject}":\n${mail.text}`);
  return link;
}

/** The token of an emailed link: its last path segment. */
export const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() as string;
