import { guardedWrite } from "@/lib/db/sql-pool";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { composeEmail } from "@/lib/mail/compose-email";
import { appLink, canSendMail, sendMail } from "@/lib/mail/send-mail";
import { NOTIFICATION_KINDS } from "./kinds";
import { preferencesOf } from "./preferences";
import { unsubscribeHeaders, unsubscribePageLink } from "./unsubscribe";

/** Emails claimed in one run; a claim lapses after this long, so an instance that died mid-send is covered by another. */
const BATCH = 50;
const CLAIM = "5 minutes";
/** Attempts before an email is given up on (the notification stays in the inbox). */
const MAX_ATTEMPTS = 5;
/** At most this many notifications are listed in one digest (the rest are counted, and are in the inbox). */
const DIGEST_LIST = 50;

type Claimed = {
  id: string;
  userId: string;
  email: string;
  deactivated: boolean;
  kind: NotificationKind;
  title: string;
  excerpt: string;
  link: string;
  workspaceName: string;
  attempts: number;
};

/**
 * Sends the emails of notifications waiting to go at once (mentions and replies by default): each is claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, so several instances never send one twice while one that died mid-send is
 * retried; a failed send is retried on later runs, up to five attempts. A person who turned that email off since, or
 * whose account was deactivated, is skipped. Returns how many were sent.
 */
export async function sendImmediateEmails(): Promise<number> {
  if (!canSendMail()) return 0;
  const claimed = await guardedWrite((sql) => sql<Claimed[]>`
    UPDATE "Notification" n SET "emailClaimedUntil" = now() + ${CLAIM}::interval, "emailAttempts" = n."emailAttempts" + 1
    FROM "User" u, "Workspace" w
    WHERE n.id IN (SELECT id FROM "Notification" WHERE "emailState" = 'pending' AND ("emailClaimedUntil" IS NULL OR "emailClaimedUntil" < now())
                   ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      AND u.id = n."userId" AND w.id = n."workspaceId"
    RETURNING n.id, n."userId", u.email, u."deactivatedAt" IS NOT NULL AS deactivated, n.kind::text AS kind, n.title, n.excerpt, n.link, w.name AS "workspaceName", n."emailAttempts" AS attempts`);
  if (claimed.length === 0) return 0;
  const preferences = await preferencesOf([...new Set(claimed.map((c) => c.userId))]);
  let sent = 0;
  for (const n of claimed) {
    // A deactivated account gets no email; nor does someone who turned this kind off since.
    if (n.deactivated || preferences.get(n.userId)?.[n.kind].email !== "immediate") {
      await guardedWrite((sql) => sql`UPDATE "Notification" SET "emailState" = 'none', "emailClaimedUntil" = NULL WHERE id = ${n.id}`);
      continue;
    }
    const outcome = await sendMail(
      composeEmail({
        to: n.email,
        subject: n.title,
        intro: [`In ${n.workspaceName}: ${n.title}.`, ...(n.excerpt ? [n.excerpt] : [])],
        action: { label: "Open in Policy Tracker", url: appLink(n.link) },
        outro: [...footer(n.userId, n.kind)],
        headers: unsubscribeHeaders(n.userId, n.kind),
      }),
    );
    if (outcome.sent) sent += 1;
    const state = outcome.sent ? "sent" : n.attempts >= MAX_ATTEMPTS ? "failed" : "pending";
    // A failure waits a minute per attempt before the next (its claim is moved to then).
    await guardedWrite((sql) => sql`
      UPDATE "Notification" SET "emailState" = ${state}::"EmailState",
        "emailClaimedUntil" = ${state === "pending" ? `${n.attempts} minutes` : null}::interval + now()
      WHERE id = ${n.id}`);
  }
  return sent;
}

function footer(userId: string, kind: NotificationKind): string[] {
  return [
    `You get this email because of your choice for “${NOTIFICATION_KINDS[kind].label}”. Change what you are told, and how, in your inbox: ${appLink("/inbox")}`,
    `Stop these emails with one click: ${unsubscribePageLink(userId, kind)}`,
  ];
}

type DigestEntry = { id: string; title: string; link: string; workspaceName: string; kind: NotificationKind };

/**
 * The daily digests: once a UTC day has begun, everyone with notifications waiting for the digest from before it gets
 * one email listing them. The day's run row is claimed first (insert, or take over a lapsed claim), so every instance
 * running the job sends each person's digest once; a failed send leaves the notifications waiting for the next run.
 * Returns how many digests were sent.
 */
export async function sendDigests(now = new Date()): Promise<number> {
  if (!canSendMail()) return 0;
  const day = now.toISOString().slice(0, 10);
  const people = await guardedWrite((sql) => sql<{ userId: string; email: string }[]>`
    SELECT DISTINCT n."userId", u.email FROM "Notification" n JOIN "User" u ON u.id = n."userId"
    WHERE n."emailState" = 'digest' AND n."createdAt" < ${day}::date AND u."deactivatedAt" IS NULL`);
  let sent = 0;
  for (const person of people) {
    const [claim] = await guardedWrite((sql) => sql`
      INSERT INTO "DigestRun" ("userId", day, "claimedUntil") VALUES (${person.userId}, ${day}::date, now() + ${CLAIM}::interval)
      ON CONFLICT ("userId", day) DO UPDATE SET "claimedUntil" = EXCLUDED."claimedUntil"
        WHERE "DigestRun"."sentAt" IS NULL AND COALESCE("DigestRun"."claimedUntil", '-infinity') < now()
      RETURNING "userId"`);
    if (!claim) continue;
    const entries = await guardedWrite((sql) => sql<DigestEntry[]>`
      SELECT n.id, n.title, n.link, w.name AS "workspaceName", n.kind::text AS kind FROM "Notification" n JOIN "Workspace" w ON w.id = n."workspaceId"
      WHERE n."userId" = ${person.userId} AND n."emailState" = 'digest' AND n."createdAt" < ${day}::date
        AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = n."userId" AND m."workspaceId" = n."workspaceId")
      ORDER BY n.id`);
    const preferences = (await preferencesOf([person.userId])).get(person.userId);
    const wanted = entries.filter((e) => preferences?.[e.kind].email === "digest");
    const dropped = entries.filter((e) => !wanted.includes(e)).map((e) => e.id);
    if (dropped.length) await guardedWrite((sql) => sql`UPDATE "Notification" SET "emailState" = 'none' WHERE id = ANY(${dropped}::uuid[])`);
    if (wanted.length === 0) {
      await guardedWrite((sql) => sql`UPDATE "DigestRun" SET "sentAt" = now(), "claimedUntil" = NULL WHERE "userId" = ${person.userId} AND day = ${day}::date`);
      continue;
    }
    const listed = wanted.slice(0, DIGEST_LIST);
    const kinds = [...new Set(wanted.map((e) => e.kind))];
    const outcome = await sendMail(
      composeEmail({
        to: person.email,
        subject: `Your daily digest: ${wanted.length} ${wanted.length === 1 ? "change" : "changes"} to what you watch`,
        intro: [
          `Since your last digest:`,
          ...listed.map((e) => `• ${e.workspaceName}: ${e.title} — ${appLink(e.link)}`),
          ...(wanted.length > listed.length ? [`…and ${wanted.length - listed.length} more in your inbox.`] : []),
        ],
        action: { label: "Open your inbox", url: appLink("/inbox") },
        outro: kinds.flatMap((kind) => footer(person.userId, kind)),
        // One click stops the digest of the first kind listed (what the digest is mostly about); the links say the rest.
        headers: unsubscribeHeaders(person.userId, kinds[0] as NotificationKind),
      }),
    );
    if (!outcome.sent) {
      await guardedWrite((sql) => sql`UPDATE "DigestRun" SET "claimedUntil" = NULL WHERE "userId" = ${person.userId} AND day = ${day}::date`);
      continue;
    }
    sent += 1;
    await guardedWrite((pool) =>
      pool.begin(async (sql) => {
        await sql`UPDATE "Notification" SET "emailState" = 'sent' WHERE id = ANY(${wanted.map((e) => e.id)}::uuid[])`;
        await sql`UPDATE "DigestRun" SET "sentAt" = now(), "claimedUntil" = NULL, notifications = ${wanted.length} WHERE "userId" = ${person.userId} AND day = ${day}::date`;
      }),
    );
  }
  return sent;
}
