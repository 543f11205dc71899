import Link from "next/link";
import { useTranslations } from "next-intl";
import { isRole } from "@/lib/workspaces/roles";
import { useWords } from "@/lib/i18n/use-words";
import type { listSecurityEvents } from "@/lib/security/list-security-events";

type Events = Awaited<ReturnType<typeof listSecurityEvents>>;
type Event = Events["events"][number];

const TABLE = "mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white";
const TH = "px-3 py-2 font-medium";

const SCOPES = ["account_and_address", "account", "address"] as const;
const VIAS = ["invite", "setup", "operator", "sign_up"] as const;

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/**
 * Security events as a table, newest first, with a link to older ones. `showWorkspace` adds the workspace column (the
 * administrator's view of the whole instance).
 */
export function SecurityEventList({ data, caption, olderHref, showWorkspace = false }: { data: Events; caption: string; olderHref: (before: string) => string; showWorkspace?: boolean }) {
  const t = useTranslations("admin.events");
  const words = useWords();

  /** A recorded role in words where the interface knows it, else as recorded. */
  const roles = useTranslations("common.roles");
  const role = (value: string) => (isRole(value) ? roles(`${value}.inSentence`) : value);

  /** What an event's details say, in words: the role before and after, the lock's scope, the action refused. */
  function detailText(event: Event): string {
    const details = (event.details ?? {}) as Record<string, unknown>;
    const parts: string[] = [];
    if (typeof details.from === "string" && typeof details.to === "string") parts.push(`${role(details.from)} → ${role(details.to)}`);
    else if (typeof details.to === "string") parts.push(t("to", { to: role(details.to) }));
    if (typeof details.action === "string") parts.push(details.action);
    if (typeof details.scope === "string") {
      const scope = oneOf(SCOPES, details.scope) ? t(`scopes.${details.scope}`) : details.scope;
      parts.push(t("lock", { scope, until: typeof details.until === "string" ? words.recordedAt(new Date(details.until)) : t("later") }));
    }
    if (typeof details.via === "string") parts.push(t("via", { via: oneOf(VIAS, details.via) ? t(`vias.${details.via}`) : details.via }));
    if (typeof details.sessionsEnded === "number") parts.push(t("sessionsEnded", { count: details.sessionsEnded }));
    if (typeof details.otherSessionsEnded === "number") parts.push(t("otherSessionsEnded", { count: details.otherSessionsEnded }));
    if (typeof details.role === "string") parts.push(t("was", { role: role(details.role) }));
    return parts.join("; ");
  }

  if (data.events.length === 0) {
    return <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("none")}</p>;
  }
  return (
    <>
      <div className={TABLE}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={TH}>{t("when")}</th>
              <th scope="col" className={TH}>{t("what")}</th>
              <th scope="col" className={TH}>{t("who")}</th>
              <th scope="col" className={TH}>{t("account")}</th>
              {showWorkspace && <th scope="col" className={TH}>{t("workspace")}</th>}
              <th scope="col" className={TH}>{t("from")}</th>
            </tr>
          </thead>
          <tbody>
            {data.events.map((event) => {
              const detail = detailText(event);
              return (
                <tr key={event.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                    <time dateTime={new Date(event.occurredAt).toISOString()}>{words.recordedAt(new Date(event.occurredAt))}</time>
                  </td>
                  <td className="px-3 py-2">
                    {/* A type an older version recorded and this one no longer names is shown as stored. */}
                    {t.has(`types.${event.type}`) ? t(`types.${event.type}`) : event.type}
                    {detail && <span className="block text-xs text-slate-600">{detail}</span>}
                  </td>
                  <td className="px-3 py-2">{event.actorName ?? <span className="text-slate-600">{t("notSignedIn")}</span>}</td>
                  <td className="px-3 py-2">
                    {event.userName ? (
                      <>
                        {event.userName}
                        <span className="block text-xs text-slate-600">{event.userEmail}</span>
                      </>
                    ) : (
                      event.email && (
                        <span className="text-slate-700">
                          {event.email} <span className="text-xs">{t("noAccount")}</span>
                        </span>
                      )
                    )}
                  </td>
                  {showWorkspace && <td className="px-3 py-2">{event.workspaceName ?? ""}</td>}
                  <td className="px-3 py-2">
                    {event.address}
                    {event.browser && <span className="block text-xs text-slate-600">{event.browser}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {data.nextBefore && (
        <p className="mt-3">
          <Link href={olderHref(data.nextBefore)} className="text-blue-800 underline">
            {t("older")}
          </Link>
        </p>
      )}
    </>
  );
}
