import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { appendChange, workspaceChain } from "@/lib/history/append-change";
import { addSource } from "@/lib/sources/add-source";
import { flagDiscrepancy } from "@/lib/sources/discrepancies";
import { locateExcerpt } from "@/lib/sources/locate-excerpt";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { addRelation } from "@/lib/tracking/relations";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { AP, DEMO_DISCREPANCY, DEMO_ITEMS, DEMO_RELATIONS, SEOUL } from "./demo-items";
import { readSourceFile } from "./source-file";

export const DEMO_SLUG = "demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "owner@demo.test", name: "Olivia Owner", role: "owner" },
  { email: "analyst@demo.test", name: "Aiko Analyst", role: "analyst" },
  { email: "viewer@demo.test", name: "Victor Viewer", role: "viewer" },
];

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
  const workspace = await createWorkspace(owner, { name: "Japan–Korea trade (demo)", slug: DEMO_SLUG });
  for (const account of DEMO_ACCOUNTS.filter((a) => a.role !== "owner")) {
    const member = actors.get(account.role) as Actor;
    await db.$transaction(async (tx) => {
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: member.userId, role: account.role } });
      await appendChange(tx, {
        workspaceId: workspace.id,
        chainKey: workspaceChain(workspace.id),
        actorId: owner.userId,
        type: "member.added",
        diff: { member: { before: null, after: account.email }, role: { before: null, after: account.role } },
      });
    });
  }

  const sourceIds = new Map<string, { id: string; body: string }>();
  for (const fileId of [AP, SEOUL]) {
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
  }
  const sourceOf = (fileId: string) => sourceIds.get(fileId) as { id: string; body: string };

  const itemIds = new Map<string, string>();
  for (const seedItem of DEMO_ITEMS) {
    const { events, key, ...fields } = seedItem;
    const item = await createItem(owner, DEMO_SLUG, fields);
    let version = item.version;
    for (const event of events) {
      const result = await recordStatusChange(owner, DEMO_SLUG, {
        itemId: item.id,
        expectedVersion: version,
        status: event.status,
        effectiveOn: event.effectiveOn,
        announcedOn: event.announcedOn,
        note: event.note ?? "",
        reason: event.reason,
        citations: event.citations.map((c) => ({ sourceId: sourceOf(c.source).id, excerpt: c.excerpt })),
      });
      version = result.version;
    }
    itemIds.set(key, item.id);
  }

  const versionOf = async (itemId: string) => (await db.trackedItem.findUniqueOrThrow({ where: { id: itemId }, select: { version: true } })).version;
  for (const relation of DEMO_RELATIONS) {
    const itemId = itemIds.get(relation.from) as string;
    await addRelation(owner, DEMO_SLUG, {
      itemId,
      expectedVersion: await versionOf(itemId),
      type: relation.type,
      toItemId: itemIds.get(relation.to) as string,
      note: relation.note,
      reason: "Seed: relation supported by the articles.",
    });
  }

  const complaintId = itemIds.get(DEMO_DISCREPANCY.item) as string;
  const citationAt = async (side: { source: string; excerpt: string }) => {
    const source = sourceOf(side.source);
    const at = locateExcerpt(source.body, side.excerpt);
    return db.citation.findFirstOrThrow({
      where: { sourceId: source.id, startOffset: at?.start, statusEvent: { itemId: complaintId } },
      select: { id: true },
    });
  };
  await flagDiscrepancy(owner, DEMO_SLUG, {
    itemId: complaintId,
    citationAId: (await citationAt(DEMO_DISCREPANCY.a)).id,
    citationBId: (await citationAt(DEMO_DISCREPANCY.b)).id,
    note: DEMO_DISCREPANCY.note,
  });

  return { created: true, password, generatedPassword };
}
