"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { LiveChange, PresenceUpdate } from "@/lib/live/live-feed";
import type { PresentPerson } from "@/lib/live/presence";

/** Someone else's change, as the page marks it. */
export type SeenChange = LiveChange & { seenAt: number };

type LiveState = {
  connected: boolean;
  /** The latest change by someone else to each item or source (by id), since the page opened. */
  recent: ReadonlyMap<string, SeenChange>;
  /** The latest known version of each item or source, from live changes (mine included). */
  versions: ReadonlyMap<string, number>;
  presence: ReadonlyMap<string, PresentPerson[]>;
  /** Who is on an item, as a presence report's own answer says (before the event stream may have carried it). */
  seePresence: (itemId: string, people: PresentPerson[]) => void;
  /** The person's unread notifications, as last announced (null until one is). */
  unread: number | null;
  /** A form with unsaved input registers here: the page then waits to refresh until it is saved or left. */
  holdRefresh: (key: object, holding: boolean) => void;
};

const LiveContext = createContext<LiveState | null>(null);

const REFRESH_EVERY_MS = 800;

/**
 * The workspace's live updates for every page under it (docs/decisions/012): one EventSource per tab, resumed by the
 * browser after a dropped connection from the last change it received. Someone else's change refreshes the page's
 * data (at most every 800 ms), unless a form on it holds unsaved input: that form warns instead.
 */
export function LiveUpdatesProvider({ slug, after, selfId, children }: { slug: string; after: string; selfId: string; children: React.ReactNode }) {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  const [recent, setRecent] = useState<ReadonlyMap<string, SeenChange>>(new Map());
  const [versions, setVersions] = useState<ReadonlyMap<string, number>>(new Map());
  const [presence, setPresence] = useState<ReadonlyMap<string, PresentPerson[]>>(new Map());
  const [unread, setUnread] = useState<number | null>(null);
  const holders = useRef(new Set<object>());
  const stale = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refreshSoon = useCallback(() => {
    stale.current = true;
    if (timer.current || holders.current.size > 0) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      if (holders.current.size > 0) return;
      stale.current = false;
      router.refresh();
    }, REFRESH_EVERY_MS);
  }, [router]);

  const seePresence = useCallback((itemId: string, people: PresentPerson[]) => setPresence((map) => new Map(map).set(itemId, people)), []);

  const holdRefresh = useCallback(
    (key: object, holding: boolean) => {
      if (holding) holders.current.add(key);
      else if (holders.current.delete(key) && stale.current) refreshSoon();
    },
    [refreshSoon],
  );

  useEffect(() => {
    const source = new EventSource(`/api/v1/workspaces/${encodeURIComponent(slug)}/events?after=${encodeURIComponent(after)}`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("change", (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
      const subject = change.itemId ?? change.sourceId;
      if (subject && change.version !== null) setVersions((map) => new Map(map).set(subject, change.version as number));
      if (change.actorId === selfId) return;
      if (subject) setRecent((map) => new Map(map).set(subject, { ...change, seenAt: Date.now() }));
      refreshSoon();
    });
    source.addEventListener("presence", (event) => {
      const update = JSON.parse((event as MessageEvent<string>).data) as PresenceUpdate;
      seePresence(update.itemId, update.people);
    });
    source.addEventListener("inbox", (event) => setUnread((JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread));
    source.addEventListener("reload", () => window.location.reload());
    source.addEventListener("ended", () => {
      source.close();
      setConnected(false);
    });
    return () => source.close();
  }, [slug, after, selfId, refreshSoon, seePresence]);

  const value = useMemo(
    () => ({ connected, recent, versions, presence, seePresence, unread, holdRefresh }),
    [connected, recent, versions, presence, seePresence, unread, holdRefresh],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLiveUpdates(): LiveState | null {
  return useContext(LiveContext);
}

/**
 * The header's link to the inbox with the unread count: as the page was rendered, then as the live stream announces it
 * (a teammate's mention raises it at once; reading in another tab lowers it).
 */
export function InboxLink({ unread }: { unread: number }) {
  const live = useLiveUpdates();
  const count = live?.unread ?? unread;
  const t = useTranslations("common.inbox");
  return (
    <Link href="/inbox" className="hover:underline" data-testid="inbox-link">
      {t("link")}
      {count > 0 && " "}
      {count > 0 && (
        <span className="rounded-full bg-blue-700 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="unread-count">
          {count > 99 ? "99+" : count}
          <span className="sr-only">{t("unread")}</span>
        </span>
      )}
    </Link>
  );
}

/** "Updated by Aiko just now" beside a row or heading whose item or source someone else changed since the page opened. */
export function LiveMark({ id }: { id: string }) {
  const live = useLiveUpdates();
  const change = live?.recent.get(id);
  const t = useTranslations("common.live");
  const words = useWords();
  if (!change) return null;
  return (
    <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950" data-testid="live-mark" role="status">
      {t("mark", { change: words.changeType(change.type), name: change.actorName })}
    </span>
  );
}

/** The item an item page shows, at the version it was rendered with: its forms warn when a teammate moves it on. */
const LiveItemContext = createContext<{ itemId: string; version: number } | null>(null);

/**
 * Wraps an item page: reports the reader's presence (a heartbeat every 15 s, editing while a form holds unsaved
 * input), shows who else is on the item, and gives the page's forms the version they were rendered with.
 */
export function LiveItem({ slug, itemId, version, heartbeatMs, selfId, children }: {
  slug: string;
  itemId: string;
  version: number;
  heartbeatMs: number;
  selfId: string;
  children: React.ReactNode;
}) {
  const live = useLiveUpdates();
  const seePresence = live?.seePresence;
  const [editing, setEditing] = useState(false);
  const editingNow = useRef(editing);
  // A report answers who is on the item: shown at once, since the page's event stream may connect only after the
  // notice of this very report went out (then whoever was already here would show only at the next heartbeat).
  const report = useCallback(
    (body: { editing?: boolean; leaving?: boolean }) =>
      fetch(`/api/v1/workspaces/${encodeURIComponent(slug)}/items/${itemId}/presence`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        keepalive: true,
      })
        .then(async (response) => {
          if (response.ok && !body.leaving) seePresence?.(itemId, ((await response.json()) as { people: PresentPerson[] }).people);
        })
        .catch(() => undefined),
    [slug, itemId, seePresence],
  );
  // Leaving is said only when the reader leaves the item: said on every change of editing, it raced the report that
  // followed it, and the server could take "left" last.
  useEffect(() => {
    const beat = setInterval(() => void report({ editing: editingNow.current }), heartbeatMs);
    return () => {
      clearInterval(beat);
      void report({ leaving: true });
    };
  }, [report, heartbeatMs]);
  useEffect(() => {
    editingNow.current = editing;
    void report({ editing });
  }, [report, editing]);
  const others = (live?.presence.get(itemId) ?? []).filter((person) => person.userId !== selfId);
  const t = useTranslations("common.live");
  const value = useMemo(() => ({ itemId, version }), [itemId, version]);
  return (
    <LiveItemContext.Provider value={value}>
      <EditingContext.Provider value={setEditing}>
        {others.length > 0 && (
          <p className="mb-3 text-sm text-slate-700" data-testid="presence" role="status">
            {t("alsoHere", { people: others.map((person) => (person.editing ? t("editing", { name: person.name }) : person.name)).join(", ") })}
          </p>
        )}
        {children}
      </EditingContext.Provider>
    </LiveItemContext.Provider>
  );
}

const EditingContext = createContext<((editing: boolean) => void) | null>(null);

/**
 * For a form that edits the item against the version it was rendered with: while it is open (its disclosure expanded)
 * or holds unsaved input, the page does not refresh under it, and once it holds input the reader shows as editing;
 * when a teammate's change moves the item past that version, it says so before the save would be refused.
 */
export function StaleVersionWarning() {
  const live = useLiveUpdates();
  const item = useContext(LiveItemContext);
  const setEditing = useContext(EditingContext);
  const marker = useRef<HTMLSpanElement | null>(null);
  const holdRefresh = live?.holdRefresh;
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form || !holdRefresh) return;
    const key = {};
    const disclosure = form.closest("details");
    let dirty = false;
    const update = () => holdRefresh(key, dirty || (disclosure?.open ?? false));
    const typed = () => {
      dirty = true;
      update();
      setEditing?.(true);
    };
    form.addEventListener("input", typed);
    disclosure?.addEventListener("toggle", update);
    update();
    return () => {
      form.removeEventListener("input", typed);
      disclosure?.removeEventListener("toggle", update);
      holdRefresh(key, false);
      setEditing?.(false);
    };
  }, [holdRefresh, setEditing]);
  const latest = item ? live?.versions.get(item.itemId) : undefined;
  const change = item ? live?.recent.get(item.itemId) : undefined;
  const t = useTranslations("common.live");
  const words = useWords();
  return (
    <span ref={marker}>
      {item && latest !== undefined && latest > item.version && (
        <span role="alert" className="mb-3 block rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="stale-warning">
          {change ? t("staleBy", { name: change.actorName, change: words.changeType(change.type) }) : t("stale")} {t("staleHint")}
        </span>
      )}
    </span>
  );
}
