import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { serverEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { appLink } from "@/lib/mail/send-mail";
import { NOTIFICATION_KINDS } from "./kinds";
import { turnOffEmail } from "./preferences";

// A key of its own, derived from the app's secret: an unsubscribe token can never pass for anything else.
const key = () => createHmac("sha256", serverEnv().NEXTAUTH_SECRET).update("policy-tracker:unsubscribe:v1").digest();
const mac = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

const ZPayload = z.tuple([z.uuid(), z.enum(NotificationKind)]);

/**
 * The token of a person's one-click unsubscribe from one kind of notification email: who and which kind, signed. It
 * does not expire (an old email's link must still work, RFC 8058) and grants nothing but turning that email off.
 */
export function unsubscribeToken(userId: string, kind: NotificationKind): string {
  const payload = Buffer.from(`${userId}:${kind}`).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The link in the email's text, to a page that asks before it unsubscribes (link scanners open links). */
export const unsubscribePageLink = (userId: string, kind: NotificationKind) => appLink(`/unsubscribe/${unsubscribeToken(userId, kind)}`);

/** List-Unsubscribe and List-Unsubscribe-Post (RFC 8058): the mail client POSTs to the address, nothing else asked. */
export function unsubscribeHeaders(userId: string, kind: NotificationKind): Record<string, string> {
  return {
    "List-Unsubscribe": `<${appLink(`/api/v1/unsubscribe/${unsubscribeToken(userId, kind)}`)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** Who and which kind a token names, or "not found" for one this app did not sign. */
export function readUnsubscribeToken(token: unknown): { userId: string; kind: NotificationKind; label: string } {
  // The page's button sends what the browser holds: anything but text names nothing.
  if (typeof token !== "string") throw notFound("Unsubscribe link");
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || signature.length > 100) throw notFound("Unsubscribe link");
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notFound("Unsubscribe link");
  const parsed = ZPayload.safeParse(Buffer.from(payload, "base64url").toString("utf8").split(":"));
  if (!parsed.success) throw notFound("Unsubscribe link");
  const [userId, kind] = parsed.data;
  return { userId, kind, label: NOTIFICATION_KINDS[kind].label };
}

/**
 * Turns off one kind of notification email for the person a signed token names (the one-click unsubscribe: no
 * session, the token is the proof). Doing it twice is doing it once; the inbox is left as it was.
 */
export async function unsubscribe(token: string): Promise<{ kind: NotificationKind; label: string; email: "off" }> {
  const { userId, kind, label } = readUnsubscribeToken(token);
  await turnOffEmail(userId, kind);
  return { kind, label, email: "off" };
}
