import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { logger } from "@/lib/observability/logger";
import { authorize, type WorkspaceAccess } from "@/lib/workspaces/authorize";
import { unreadCount } from "@/lib/notifications/unread-count";
import { changesAfter, latestChangeId, liveFeed, type LiveChange, type PresenceUpdate } from "./live-feed";

/** How many missed changes a reconnect replays; beyond it the client reloads instead. */
const BACKLOG = 500;
/** How long an authorization is trusted before an event re-checks it (membership changes re-check at once). */
const RECHECK_MS = 10_000;
const KEEPALIVE_MS = 20_000;

/** The change id a stream resumes after: the browser's Last-Event-ID on a reconnect, or the page's own on first connect. */
export const ZResumeAfter = z.coerce.bigint().nonnegative().max(9_223_372_036_854_775_807n).catch(0n);

/** Where a page's live updates start: after the newest change of the workspace the page was rendered with. */
export async function liveUpdatesStart(actor: Actor, workspaceSlug: string): Promise<string> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  return latestChangeId(access.workspaceId);
}

type StreamOptions = {
  after: bigint;
  signal: AbortSignal;
  /** The caller as they are now, if the session or token that opened the stream still stands. */
  reauthenticate: () => Promise<Actor | null>;
};

/**
 * A workspace's live updates as server-sent events (docs/decisions/012): every change committed after `after`, in
 * commit order and each with its id (so a reconnect resumes exactly where it stopped), and who is on which item. Each
 * event is delivered only while the actor may still read the workspace and their session stands: re-checked at least
 * every ten seconds, and at once after any membership change.
 */
export async function openEventStream(actor: Actor, workspaceSlug: string, options: StreamOptions): Promise<ReadableStream<Uint8Array>> {
  let access: WorkspaceAccess = await authorize(actor, workspaceSlug, "workspace.read");
  const encoder = new TextEncoder();
  let lastSent = options.after;
  let checkedAt = Date.now();
  let closed = false;
  let queue = Promise.resolve();
  let controller!: ReadableStreamDefaultController<Uint8Array>;

  const write = (text: string) => {
    if (!closed) controller.enqueue(encoder.encode(text));
  };
  // A stream its reader cancelled is closed already: closing it again would throw.
  const close = (cancelled = false) => {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(keepalive);
    if (!cancelled) controller.close();
  };
  const stillAllowed = async (force: boolean): Promise<boolean> => {
    if (!force && Date.now() - checkedAt < RECHECK_MS) return true;
    try {
      const now = await options.reauthenticate();
      if (!now) return false;
      access = await authorize(now, workspaceSlug, "workspace.read");
      checkedAt = Date.now();
      return true;
    } catch (error) {
      if (isDomainError(error)) return false;
      throw error;
    }
  };
  const send = async (changes: LiveChange[]) => {
    for (const change of changes) {
      if (closed || BigInt(change.id) <= lastSent) continue;
      if (!(await stillAllowed(change.type.startsWith("member.")))) {
        write("event: ended\ndata: {}\n\n");
        close();
        return;
      }
      lastSent = BigInt(change.id);
      write(`id: ${change.id}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`);
    }
  };
  // Everything runs one step at a time: a catch-up and live changes never interleave out of order.
  const serial = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((error: unknown) => {
      // The browser opens the stream again and resumes from the last change it received.
      logger().warn({ err: error }, "live updates stream closed on an error");
      close();
    });
  };
  const catchUp = () =>
    serial(async () => {
      const missed = await changesAfter(access.workspaceId, lastSent, BACKLOG);
      if (missed.length === BACKLOG) {
        write("event: reload\ndata: {}\n\n");
        close();
        return;
      }
      await send(missed);
    });

  const unsubscribe = liveFeed().subscribe({
    workspaceId: access.workspaceId,
    userId: actor.token ? null : actor.userId,
    inbox: (unread) =>
      serial(async () => {
        if (await stillAllowed(false)) write(`event: inbox\ndata: ${JSON.stringify({ unread })}\n\n`);
      }),
    deliver: (change) => serial(() => send([change])),
    presence: (update: PresenceUpdate) =>
      serial(async () => {
        if (await stillAllowed(false)) write(`event: presence\ndata: ${JSON.stringify(update)}\n\n`);
      }),
    resync: catchUp,
  });
  const keepalive = setInterval(() => write(": keepalive\n\n"), KEEPALIVE_MS);
  // A person's unread count as the stream starts: a page that reconnects (after a refresh, a dropped connection) may have
  // missed a change of it; later ones arrive as they happen (the subscription above is already listening).
  const sendUnread = () =>
    serial(async () => {
      if (!actor.token) write(`event: inbox\ndata: ${JSON.stringify({ unread: await unreadCount(actor.userId) })}\n\n`);
    });
  options.signal.addEventListener("abort", () => close(), { once: true });

  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      if (options.signal.aborted) return close();
      // The browser waits this long before reconnecting after a dropped connection.
      write("retry: 2000\n\n");
      sendUnread();
      catchUp();
    },
    cancel: () => close(true),
  });
}
