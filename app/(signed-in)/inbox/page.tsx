import type { Metadata } from "next";
import Link from "next/link";
import { InboxList } from "@/components/notifications/inbox-list";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { canSendMail } from "@/lib/mail/send-mail";
import { listInbox } from "@/lib/notifications/inbox";
import { REASON_LABELS, type Reason } from "@/lib/notifications/kinds";
import { getNotificationPreferences } from "@/lib/notifications/preferences";
import { listWatches } from "@/lib/watches/watches";
import { markAllReadAction, markNotificationAction, updatePreferencesAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

const SECTION = "mt-8";

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/inbox");
  const search = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const unreadOnly = single(search.show) === "unread";
  const [inbox, { preferences }, { watches }] = await pageData(
    Promise.all([listInbox(actor, { unread: unreadOnly, before: single(search.before) }), getNotificationPreferences(actor), listWatches(actor)]),
  );
  const tab = (active: boolean) => `rounded px-3 py-1 text-sm ${active ? "bg-slate-800 text-white" : "text-blue-800 hover:underline"}`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Inbox</h1>
      <p className="mt-1 text-slate-700">News of what you watch and of comments that mention or answer you, in every workspace you belong to.</p>
      <nav aria-label="Show" className="mt-4 flex gap-2">
        <Link href="/inbox" className={tab(!unreadOnly)} aria-current={unreadOnly ? undefined : "page"}>
          All
        </Link>
        <Link href="/inbox?show=unread" className={tab(unreadOnly)} aria-current={unreadOnly ? "page" : undefined}>
          Unread
        </Link>
      </nav>
      <section aria-label="Notifications" className="mt-4">
        <InboxList
          unread={inbox.unread}
          mark={markNotificationAction}
          markAll={markAllReadAction}
          rows={inbox.notifications.map((n) => ({
            id: n.id,
            title: n.title,
            excerpt: n.excerpt,
            link: n.link,
            read: n.readAt !== null,
            time: formatRecordedAt(n.createdAt),
            workspaceName: n.workspace.name,
            reasonLabel: REASON_LABELS[n.reason as Reason] ?? "Notification",
          }))}
        />
        {inbox.nextBefore && (
          <p className="mt-3 text-sm">
            <Link href={`/inbox?${new URLSearchParams({ ...(unreadOnly && { show: "unread" }), before: inbox.nextBefore })}`} className="text-blue-800 hover:underline">
              Older notifications
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="watching-heading" className={SECTION}>
        <h2 id="watching-heading" className="text-lg font-semibold">
          What you watch
        </h2>
        {watches.length === 0 ? (
          <p className="mt-2 text-slate-700">Nothing yet: the Watch button on an item, a source or a saved view adds it here.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {watches.map((w) => (
              <li key={w.id}>
                <Link href={w.link} className="text-blue-800 hover:underline">
                  {w.title}
                </Link>{" "}
                <span className="text-slate-600">
                  ({w.target}, {w.workspace.name})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="preferences-heading" className={SECTION}>
        <h2 id="preferences-heading" className="text-lg font-semibold">
          Notification preferences
        </h2>
        <div className="mt-3 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
          <PreferencesForm preferences={preferences} mail={canSendMail()} action={updatePreferencesAction} />
        </div>
      </section>
    </>
  );
}
