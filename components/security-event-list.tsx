import Link from "next/link";
import { formatRecordedAt } from "@/lib/format";
import type { listSecurityEvents } from "@/lib/security/list-security-events";

type Events = Awaited<ReturnType<typeof listSecurityEvents>>;
type Event = Events["events"][number];

const TABLE = "mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white";
const TH = "px-3 py-2 font-medium";

/** What an event's details say, in words: the role before and after, the lock's scope, the action refused. */
function detailText(event: Event): string {
  const details = (event.details ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof details.from === "string" && typeof details.to === "string") parts.push(`${details.from} → ${details.to}`);
  else if (typeof details.to === "string") parts.push(`to ${details.to}`);
  if (typeof details.action === "string") parts.push(details.action);
  if (typeof details.scope === "string") parts.push(`per ${details.scope.replaceAll("_", " ")}, until ${typeof details.until === "string" ? formatRecordedAt(new Date(details.until)) : "later"}`);
  if (typeof details.via === "string") parts.push(`via ${details.via.replace("_", " ")}`);
  if (typeof details.sessionsEnded === "number") parts.push(`${details.sessionsEnded} session${details.sessionsEnded === 1 ? "" : "s"} ended`);
  if (typeof details.otherSessionsEnded === "number") parts.push(`${details.otherSessionsEnded} other session${details.otherSessionsEnded === 1 ? "" : "s"} ended`);
  if (typeof details.role === "string") parts.push(`was ${details.role}`);
  return parts.join("; ");
}

/**
 * Security events as a table, newest first, with a link to older ones. `showWorkspace` adds the workspace column (the
 * administrator's view of the whole instance).
 */
export function SecurityEventList({ data, caption, olderHref, showWorkspace = false }: { data: Events; caption: string; olderHref: (before: string) => string; showWorkspace?: boolean }) {
  if (data.events.length === 0) {
    return <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">No security events yet.</p>;
  }
  return (
    <>
      <div className={TABLE}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={TH}>When (UTC)</th>
              <th scope="col" className={TH}>What</th>
              <th scope="col" className={TH}>Who</th>
              <th scope="col" className={TH}>Account</th>
              {showWorkspace && <th scope="col" className={TH}>Workspace</th>}
              <th scope="col" className={TH}>From</th>
            </tr>
          </thead>
          <tbody>
            {data.events.map((event) => {
              const detail = detailText(event);
              return (
                <tr key={event.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                    <time dateTime={new Date(event.occurredAt).toISOString()}>{formatRecordedAt(new Date(event.occurredAt))}</time>
                  </td>
                  <td className="px-3 py-2">
                    {event.label}
                    {detail && <span className="block text-xs text-slate-600">{detail}</span>}
                  </td>
                  <td className="px-3 py-2">{event.actorName ?? <span className="text-slate-600">Not signed in</span>}</td>
                  <td className="px-3 py-2">
                    {event.userName ? (
                      <>
                        {event.userName}
                        <span className="block text-xs text-slate-600">{event.userEmail}</span>
                      </>
                    ) : (
                      event.email && <span className="text-slate-700">{event.email} <span className="text-xs">(no account)</span></span>
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
            Older events
          </Link>
        </p>
      )}
    </>
  );
}
