import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { appendWorkspaceChange } from "@/lib/history/append-change";
import { recordingAt } from "@/lib/history/record-time";
import { addSource } from "@/lib/sources/add-source";
import { flagDiscrepancy } from "@/lib/sources/discrepancies";
import { locateExcerpt } from "@/lib/sources/locate-excerpt";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { addRelation } from "@/lib/tracking/relations";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { AP, DEMO_DISCREPANCY, DEMO_ITEMS, DEMO_RELATIONS, SEOUL, type SeedEvent } from "./demo-items";
import { readSourceFile } from "./source-file";

export const DEMO_SLUG = "demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "owner@demo.test", name: "Olivia Owner", role: "owner" },
  { email: "analyst@demo.test", name: "Aiko Analyst", role: "analyst" },
  { email: "viewer@demo.test", name: "Victor Viewer", role: "viewer" },
];

/** When the team is taken to have read each article: the AP's day of publication; the day after the May meeting. */
const AP_REPORTED = new Date("2023-03-17T12:00:00Z");
const SEOUL_REPORTED = new Date("2023-05-16T09:00:00Z");

/** Record times for the seed's writes: from a set moment, a minute apart. */
function newClock() {
  let at = new Date(0);
  return {
    set(moment: Date) {
      at = moment;
    },
    async next<T>(work: () => Promise<T>): Promise<T> {
      const result = await recordingAt(at, work);
      at = new Date(at.getTime() + 60_000);
      return result;
    },
  };
}

export type SeedResult = { created: false } | { created: true; password: string; generatedPassword: boolean };

/**
 * Creates the demo workspace, its three accounts and the records the seed articles support, through the same domain
 * functions the app uses (so every record has its history). Does nothing when the demo workspace exists already.
 */
export async function seedDemo(options: { password?: string } = {}): Promise<SeedResult> {
  if (await db.workspace.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } })) return { created: false };
  const generatedPassword = !options.password;
  const password = options.password ?? randomBytes(9).toString("base64url");
  const passwordHash = await hashPassword(password);

  const actors = new Map<Role, Actor>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email: account.email },
      update: {},
      // The demo's owner administers the instance the demo runs on.
      create: { email: account.email, name: account.name, passwordHash, isAdmin: account.role === "owner" },
      select: { id: true, email: true, name: true },
    });
    actors.set(account.role, { userId: user.id, email: user.email, name: user.name });
  }
  const owner = actors.get("owner") as Actor;
  // The demo's history is recorded when each development was reported (the publication of the articles that support
  // it), so a fresh install has a past to ask "as recorded on" about. Only the owner role may backdate records.
  const clock = newClock();
  const sourceIds = new Map<string, { id: string; body: string }>();
  const itemIds = new Map<string, { id: string; version: number }>();
  const addArticle = async (fileId: string) => {
    const file = await readSourceFile(fileId);
    const source = await addSource(owner, DEMO_SLUG, {
      title: file.title,
      titleNote: file.title_note ?? "",
      publisher: file.publisher ?? undefined,
      byline: file.byline ?? undefined,
      dateline: file.dateline ?? undefined,
      publishedOn: file.published,
      publishedNote: [file.published_note, ...(file.known_issues ?? []).map((issue) => `Known issue: ${issue}`)]
        .filter(Boolean)
        .join("\n"),
      url: file.url ?? undefined,
      language: file.language,
      body: file.body,
    });
    sourceIds.set(fileId, { id: source.id, body: file.body });
  };
  const sourceOf = (fileId: string) => sourceIds.get(fileId) as { id: string; body: string };

  /** Records the items' events that the sources added so far support, creating each item before its first event. */
  const recordSupportedEvents = async (reported: ReadonlySet<string>, done: Set<SeedEvent>) => {
    for (const { events, key, ...fields } of DEMO_ITEMS) {
      for (const event of events) {
        if (done.has(event)) continue;
        if (!event.citations.every((c) => reported.has(c.source))) break;
        let item = itemIds.get(key);
        if (!item) {
          const created = await clock.next(() => createItem(owner, DEMO_SLUG, fields));
          item = { id: created.id, version: created.version };
          itemIds.set(key, item);
        }
        const result = await clock.next(() =>
          recordStatusChange(owner, DEMO_SLUG, {
            itemId: (item as { id: string }).id,
            expectedVersion: (item as { version: number }).version,
            status: event.status,
            effectiveOn: event.effectiveOn,
            announcedOn: event.announcedOn,
            note: event.note ?? "",
            reason: event.reason,
            citations: event.citations.map((c) => ({ sourceId: sourceOf(c.source).id, excerpt: c.excerpt })),
          }),
        );
        item.version = result.version;
        done.add(event);
      }
    }
  };

  const done = new Set<SeedEvent>();
  clock.set(AP_REPORTED);
  const workspace = await clock.next(() => createWorkspace(owner, { name: "Japan–Korea trade (demo)", slug: DEMO_SLUG }));
  for (const account of DEMO_ACCOUNTS.filter((a) => a.role !== "owner")) {
    const member = actors.get(account.role) as Actor;
    await clock.next(() =>
      db.$transaction(async (tx) => {
        await tx.membership.create({ data: { workspaceId: workspace.id, userId: member.userId, role: account.role } });
        await appendWorkspaceChange(tx, workspace.id, owner.userId, "member.added", {
          member: { before: null, after: account.email },
          role: { before: null, after: account.role },
        });
      }),
    );
  }
  await clock.next(() => addArticle(AP));
  await recordSupportedEvents(new Set([AP]), done);

  clock.set(SEOUL_REPORTED);
  await clock.next(() => addArticle(SEOUL));
  await recordSupportedEvents(new Set([AP, SEOUL]), done);

  for (const relation of DEMO_RELATIONS) {
    const item = itemIds.get(relation.from) as { id: string; version: number };
    const result = await clock.next(() =>
      addRelation(owner, DEMO_SLUG, {
        itemId: item.id,
        expectedVersion: item.version,
        type: relation.type,
        toItemId: (itemIds.get(relation.to) as { id: string }).id,
        note: relation.note,
        reason: "Seed: relation supported by the articles.",
      }),
    );
    item.version = result.version;
  }

  const complaintId = (itemIds.get(DEMO_DISCREPANCY.item) as { id: string }).id;
  const citationAt = async (side: { source: string; excerpt: string }) => {
    const source = sourceOf(side.source);
    const at = locateExcerpt(source.body, side.excerpt);
    return db.citation.findFirstOrThrow({
      where: { sourceId: source.id, startOffset: at?.start, statusEvent: { itemId: complaintId } },
      select: { id: true },
    });
  };
  const [a, b] = [await citationAt(DEMO_DISCREPANCY.a), await citationAt(DEMO_DISCREPANCY.b)];
  await clock.next(() => flagDiscrepancy(owner, DEMO_SLUG, { itemId: complaintId, citationAId: a.id, citationBId: b.id, note: DEMO_DISCREPANCY.note }));

  return { created: true, password, generatedPassword };
}
