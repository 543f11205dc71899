import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InboxList } from "@/components/notifications/inbox-list";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { pageData } from "@/lib/http/page-data";
import { getWords } from "@/lib/i18n/server-words";
import { canSendMail } from "@/lib/mail/send-mail";
import { listInbox } from "@/lib/notifications/inbox";
import { REASONS, type Reason } from "@/lib/notifications/kinds";
import { getNotificationPreferences } from "@/lib/notifications/preferences";
import { listWatches } from "@/lib/watches/watches";
import { markAllReadAction, markNotificationAction, updatePreferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

const isReason = (reason: string): reason is Reason => (REASONS as readonly string[]).includes(reason);

const SECTION = "mt-8";

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/inbox");
  const search = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const unreadOnly = single(search.show) === "unread";
  const [inbox, { preferences }, { watches }] = await pageData(
    Promise.all([listInbox(actor, { unread: unreadOnly, before: single(search.before) }), getNotificationPreferences(actor), listWatches(actor)]),
  );
  const [t, words] = await Promise.all([getTranslations("notifications"), getWords()]);
  const tab = (active: boolean) => `rounded px-3 py-1 text-sm ${active ? "bg-slate-800 text-white" : "text-blue-800 hover:underline"}`;
  return (
    <ClientMessages namespaces={["notifications"]}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <nav aria-label={t("show")} className="mt-4 flex gap-2">
        <Link href="/inbox" className={tab(!unreadOnly)} aria-current={unreadOnly ? undefined : "page"}>
          {t("all")}
        </Link>
        <Link href="/inbox?show=unread" className={tab(unreadOnly)} aria-current={unreadOnly ? "page" : undefined}>
          {t("unread")}
        </Link>
      </nav>
      <section aria-label={t("list")} className="mt-4">
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
            time: words.recordedAt(n.createdAt),
            workspaceName: n.workspace.name,
            reasonLabel: isReason(n.reason) ? t(`reasons.${n.reason}`) : t("reasons.other"),
          }))}
        />
        {inbox.nextBefore && (
          <p className="mt-3 text-sm">
            <Link href={`/inbox?${new URLSearchParams({ ...(unreadOnly && { show: "unread" }), before: inbox.nextBefore })}`} className="text-blue-800 hover:underline">
              {t("older")}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="watching-heading" className={SECTION}>
        <h2 id="watching-heading" className="text-lg font-semibold">
          {t("watching")}
        </h2>
        {watches.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("watchingNone")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {watches.map((w) => (
              <li key={w.id}>
                <Link href={w.link} className="text-blue-800 hover:underline">
                  {w.title}
                </Link>{" "}
                <span className="text-slate-600">{t("watchedIn", { target: t(`targets.${w.target}`), workspace: w.workspace.name })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="preferences-heading" className={SECTION}>
        <h2 id="preferences-heading" className="text-lg font-semibold">
          {t("preferences.heading")}
        </h2>
        <div className="mt-3 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
          <PreferencesForm preferences={preferences} mail={canSendMail()} action={updatePreferencesAction} />
        </div>
      </section>
    </ClientMessages>
  );
}
