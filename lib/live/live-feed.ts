import { Prisma } from "@/lib/generated/prisma/client";
import { readRows } from "@/lib/db/read-sql";
import { availability, listenPool } from "@/lib/db/sql-pool";
import { logger } from "@/lib/observability/logger";
import { changeTypeLabel } from "@/lib/history/change-types";
import { unreadCount } from "@/lib/notifications/unread-count";
import { presentOn, type PresentPerson } from "./presence";

/** A committed change as live listeners receive it: enough to mark a row and name who changed it. */
export type LiveChange = {
  id: string;
  itemId: string | null;
  sourceId: string | null;
  type: string;
  typeLabel: string;
  actorId: string | null;
  actorName: string;
  recordedAt: string;
  /** The version of the item or source the change left, when it claimed one. */
  version: number | null;
};

export type PresenceUpdate = { itemId: string; people: PresentPerson[] };

export type FeedSubscriber = {
  workspaceId: string;
  /** The person listening (none for an API token): their inbox's unread count follows. */
  userId: string | null;
  /** The person's unread count changed (a notification arrived or was read, in any of their workspaces). */
  inbox: (unread: number) => void;
  /** A change of the subscriber's workspace, in commit order. */
  deliver: (change: LiveChange) => void;
  /** Who is on an item of the workspace now. */
  presence: (update: PresenceUpdate) => void;
  /** The listening connection (re)started: changes may have been missed, read them from the log. */
  resync: () => void;
};

/** Changes of a workspace after a given one, in commit order (ids follow commit order within a workspace: decision 004). */
export async function changesAfter(workspaceId: string, afterId: bigint, limit: number): Promise<LiveChange[]> {
  const rows = await readChanges(Prisma.sql`c."workspaceId" = ${workspaceId}::uuid AND c.id > ${afterId.toString()}::int8 ORDER BY c.id LIMIT ${limit}`);
  return rows.map(({ workspaceId: _workspace, ...change }) => change);
}

/** The newest change of a workspace, where a page's live updates start. */
export async function latestChangeId(workspaceId: string): Promise<string> {
  const [row] = await readRows<{ id: string | null }>(Prisma.sql`SELECT max(id)::text AS id FROM "ChangeRecord" WHERE "workspaceId" = ${workspaceId}::uuid`);
  return row?.id ?? "0";
}

async function readChanges(where: Prisma.Sql): Promise<(LiveChange & { workspaceId: string })[]> {
  const rows = await readRows<Omit<LiveChange, "typeLabel"> & { workspaceId: string }>(Prisma.sql`
    SELECT c.id::text, c."workspaceId", c."itemId", c."sourceId", c.type, c."actorId", COALESCE(u.name, 'System') AS "actorName",
           to_char(c."recordedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt",
           (c.diff #>> '{version,after}')::int AS version
    FROM "ChangeRecord" c LEFT JOIN "User" u ON u.id = c."actorId"
    WHERE ${where}`);
  return rows.map((row) => ({ ...row, typeLabel: changeTypeLabel(row.type) }));
}

/**
 * The process's one LISTEN connection, on `pt_changes` (the seal trigger notifies it at commit, in every instance) and
 * `pt_presence`, and the live listeners of this process by workspace. Notifications arriving together are read from
 * the log in one query, once for all listeners; a workspace nobody here listens to costs nothing.
 */
class LiveFeed {
  private readonly subscribers = new Map<string, Set<FeedSubscriber>>();
  private started = false;
  private listening = false;
  private pending = new Set<string>();

  subscribe(subscriber: FeedSubscriber): () => void {
    const set = this.subscribers.get(subscriber.workspaceId) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(subscriber.workspaceId, set);
    if (!this.started) {
      this.started = true;
      void this.listen();
    }
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(subscriber.workspaceId);
    };
  }

  /**
   * LISTENs once per process. postgres.js keeps that connection: when it drops (the database restarting), it reconnects,
   * retrying until the database is back, and listens again, then calls onListen, and every stream catches up from the
   * change log. So even a first attempt made while the database is down ends up listening, and is never repeated
   * (a second listen would deliver every change twice).
   */
  private async listen(): Promise<void> {
    const pool = listenPool();
    availability("primary").onChange((up) => {
      if (!up) this.listening = false;
    });
    const onListen = () => {
      this.listening = true;
      this.resyncAll();
    };
    try {
      await Promise.all([
        pool.listen("pt_changes", (payload) => this.notified(payload), onListen),
        pool.listen("pt_presence", (payload) => void this.presenceChanged(payload)),
        pool.listen("pt_inbox", (payload) => void this.inboxChanged(payload)),
      ]);
    } catch (error) {
      logger().warn({ err: error }, "live updates are not listening yet; retrying until the database answers");
    }
  }

  /** Whether the LISTEN connection is up (false before the first stream opens). */
  get isListening(): boolean {
    return this.listening;
  }

  get listeners(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private notified(payload: string): void {
    const note = parseNote(payload, "id");
    if (!note || !this.subscribers.has(note.workspaceId)) return;
    if (this.pending.size === 0) setImmediate(() => void this.flush());
    this.pending.add(note.id);
  }

  private async flush(): Promise<void> {
    const ids = [...this.pending];
    this.pending = new Set();
    try {
      const changes = await readChanges(Prisma.sql`c.id = ANY(${ids}::int8[]) ORDER BY c.id`);
      for (const { workspaceId, ...change } of changes) {
        for (const subscriber of this.subscribers.get(workspaceId) ?? []) subscriber.deliver(change);
      }
    } catch (error) {
      // The listeners catch up from the log when the database is back (resync on reconnect).
      logger().warn({ err: error }, "live updates could not read changes");
    }
  }

  private async presenceChanged(payload: string): Promise<void> {
    const note = parseNote(payload, "itemId");
    if (!note || !this.subscribers.has(note.workspaceId)) return;
    try {
      const update = { itemId: note.itemId, people: await presentOn(note.itemId) };
      for (const subscriber of this.subscribers.get(note.workspaceId) ?? []) subscriber.presence(update);
    } catch (error) {
      logger().warn({ err: error }, "live updates could not read presence");
    }
  }

  private async inboxChanged(payload: string): Promise<void> {
    let userId: unknown;
    try {
      userId = (JSON.parse(payload) as { userId?: unknown }).userId;
    } catch {
      return;
    }
    const listeners = [...this.subscribers.values()].flatMap((set) => [...set].filter((s) => s.userId !== null && s.userId === userId));
    if (listeners.length === 0) return;
    try {
      const unread = await unreadCount(userId as string);
      for (const subscriber of listeners) subscriber.inbox(unread);
    } catch (error) {
      logger().warn({ err: error }, "live updates could not count unread notifications");
    }
  }

  private resyncAll(): void {
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.resync();
  }
}

/** A notification's JSON payload: its workspace and the key named, both strings; null for anything else. */
function parseNote<K extends string>(payload: string, key: K): ({ workspaceId: string } & Record<K, string>) | null {
  try {
    const note = JSON.parse(payload) as Record<string, unknown>;
    return typeof note.workspaceId === "string" && typeof note[key] === "string" ? (note as { workspaceId: string } & Record<K, string>) : null;
  } catch {
    return null;
  }
}

const globalForFeed = globalThis as unknown as { liveFeed?: LiveFeed };

/** The process's live feed (one per process, like the pools; development reloads would otherwise open more). */
export function liveFeed(): LiveFeed {
  globalForFeed.liveFeed ??= new LiveFeed();
  return globalForFeed.liveFeed;
}
