import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as oneClick } from "@/app/api/v1/unsubscribe/[token]/route";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { drainOutbox } from "@/lib/outbox/process-outbox";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { createItem } from "@/lib/tracking/create-item";
import { watch } from "@/lib/watches/watches";
import { createTeam } from "@/tests/factories";
import { startSmtpSink, type SmtpSink } from "@/tests/mail/smtp-sink";
import { getNotificationPreferences } from "./preferences";
import { sendDigests, sendImmediateEmails } from "./send-emails";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe";

let mail: SmtpSink;
beforeAll(async () => {
  // Mail goes over SMTP to a server in this process; set before anything reads the environment.
  mail = await startSmtpSink();
  process.env.SMTP_URL = mail.url;
});
afterAll(() => mail.close());

const outcome = (run: () => unknown) => {
  try {
    run();
    return "ok";
  } catch (error) {
    return isDomainError(error) ? error.kind : `thrown: ${String(error)}`;
  }
};

/** The token in an address ending /unsubscribe/<token>, from a header or a text. */
const tokenIn = (text: string) => text.match(/\/unsubscribe\/([\w.-]+)/)?.[1] ?? "";

async function setUp() {
  const team = await createTeam();
  const item = await createItem(team.analyst, team.slug, { kind: "export_control", title: "Emailed item", implementingJurisdictions: ["JP"] });
  await drainOutbox();
  return { ...team, item };
}

describe("notification emails", () => {
  it("go at once for a mention, with a one-click unsubscribe that turns that email off", async () => {
    const t = await setUp();
    await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "@Owner please check <script>alert(1)</script>" });
    await drainOutbox();
    expect(await sendImmediateEmails()).toBeGreaterThanOrEqual(1);
    const received = await mail.next(t.owner.email, /mentioned you/);
    expect(received.subject).toBe("Analyst mentioned you on “Emailed item”");
    expect(received.text).toContain("@Owner please check <script>alert(1)</script>");
    expect(received.html).toContain("&lt;script&gt;");
    expect(received.html).not.toContain("<script>");
    expect(received.text).toContain(`/w/${t.slug}/items/${t.item.id}#discussion`);
    expect(received.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const header = received.headers["list-unsubscribe"] ?? "";
    expect(header).toMatch(/^<https?:\/\/[^>]+\/api\/v1\/unsubscribe\/[\w.-]+>$/);
    expect((await db.notification.findFirstOrThrow({ where: { userId: t.owner.userId } })).emailState).toBe("sent");
    // Sent once: a second run finds nothing to send for it.
    await sendImmediateEmails();
    expect(mail.received.filter((m) => m.to.includes(t.owner.email.toLowerCase()))).toEqual([]);

    // The mail client's one-click POST (RFC 8058): no session, the token is the proof.
    const token = tokenIn(header);
    const answer = await oneClick(new Request(`http://localhost/api/v1/unsubscribe/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }), {
      params: Promise.resolve({ token }),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ kind: "mention", label: "Mentions and replies", email: "off" });
    expect((await getNotificationPreferences(t.owner)).preferences.mention).toEqual({ inbox: true, email: "off" });
    // The text's link (to the page that asks first) carries the same kind of token.
    expect(readUnsubscribeToken(tokenIn(received.text))).toMatchObject({ userId: t.owner.userId, kind: "mention" });

    await addComment(t.analyst, t.slug, { target: "item", targetId: t.item.id, body: "@Owner once more" });
    await drainOutbox();
    const second = await db.notification.findFirstOrThrow({ where: { userId: t.owner.userId }, orderBy: { id: "desc" } });
    expect([second.inbox, second.emailState]).toEqual([true, "none"]);
  });

  it("refuse an unsubscribe token this app did not sign", async () => {
    const t = await setUp();
    const token = unsubscribeToken(t.viewer.userId, "watch");
    const [payload, signature] = token.split(".");
    const forged = `${Buffer.from(`${t.owner.userId}:watch`).toString("base64url")}.${signature}`;
    for (const bad of [forged, `${payload}.${"A".repeat(43)}`, `${payload}`, "", `${token}.x`, `${payload}.${signature}\u0000`]) {
      expect(outcome(() => readUnsubscribeToken(bad)), bad).toBe("not_found");
    }
    const answer = await oneClick(new Request("http://localhost/api/v1/unsubscribe/x", { method: "POST" }), { params: Promise.resolve({ token: forged }) });
    expect(answer.status).toBe(404);
  });

  it("gather changes to what a person watches into one digest a day, sent once however many instances run it", async () => {
    const t = await setUp();
    await watch(t.viewer, t.slug, { target: "item", targetId: t.item.id });
    const status = await recordStatusChange(t.analyst, t.slug, { itemId: t.item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "One", noSourceYet: true });
    await recordStatusChange(t.analyst, t.slug, { itemId: t.item.id, expectedVersion: status.version, status: "eased", effectiveOn: "2020-01", reason: "Two", noSourceYet: true });
    await drainOutbox();
    expect((await db.notification.findMany({ where: { userId: t.viewer.userId } })).map((n) => n.emailState)).toEqual(["digest", "digest"]);

    // Today's notifications wait for tomorrow's digest.
    await sendDigests(new Date());
    expect(mail.received.filter((m) => m.to.includes(t.viewer.email.toLowerCase()))).toEqual([]);

    const tomorrow = new Date(Date.now() + 86_400_000);
    const sent = await Promise.all([sendDigests(tomorrow), sendDigests(tomorrow)]);
    const digest = await mail.next(t.viewer.email, /daily digest/);
    expect(digest.subject).toBe("Your daily digest: 2 changes to what you watch");
    expect(digest.text).toContain("Status recorded by Analyst on “Emailed item”");
    expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(readUnsubscribeToken(tokenIn(digest.headers["list-unsubscribe"] ?? ""))).toMatchObject({ userId: t.viewer.userId, kind: "watch" });
    await sendDigests(tomorrow);
    expect(mail.received.filter((m) => m.to.includes(t.viewer.email.toLowerCase()))).toEqual([]);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect((await db.notification.findMany({ where: { userId: t.viewer.userId } })).map((n) => n.emailState)).toEqual(["sent", "sent"]);
  });
});
