"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { MarkNotificationInput } from "@/lib/notifications/inbox";

export type InboxRow = {
  id: string;
  title: string;
  excerpt: string;
  link: string;
  read: boolean;
  /** Formatted on the server, in the page's language. */
  time: string;
  workspaceName: string;
  reasonLabel: string;
};

type Props = {
  rows: InboxRow[];
  mark: (input: MarkNotificationInput) => Promise<ActionResult<unknown>>;
  markAll: () => Promise<ActionResult<unknown>>;
  unread: number;
};

/** The inbox's notifications: opening one marks it read; each can be marked read or unread, or all read at once. */
export function InboxList({ rows, mark, markAll, unread }: Props) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [opening, startOpening] = useTransition();
  const all = useActionForm((_: null) => markAll());
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-slate-700" role="status" data-testid="inbox-unread">
          {unread === 0 ? t("nothingUnread") : t("unreadCount", { count: unread })}
        </p>
        {unread > 0 && (
          <button type="button" className={secondaryButtonClass} disabled={all.pending} onClick={() => all.submit(null)}>
            {all.pending ? t("marking") : t("markAll")}
          </button>
        )}
        {all.error && (
          <span role="alert" className="text-sm text-red-800">
            {all.error.message}
          </span>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-slate-300 p-6 text-center text-slate-700">
          {t("none")}
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label={t("list")} aria-busy={opening}>
          {rows.map((row) => (
            <li key={row.id} className={`flex gap-3 p-3 ${row.read ? "" : "bg-blue-50"}`} data-testid="notification">
              <div className="min-w-0 flex-1">
                <p className="text-xs text-slate-600">
                  {!row.read && <span className="mr-1 font-semibold text-blue-800">{t("unreadMark")}</span>}
                  {row.reasonLabel} · {row.workspaceName} · {row.time}
                </p>
                <Link
                  href={row.link}
                  className={`mt-0.5 block break-words text-blue-900 hover:underline ${row.read ? "" : "font-semibold"}`}
                  onClick={(event) => {
                    if (row.read || event.metaKey || event.ctrlKey || event.shiftKey) return;
                    event.preventDefault();
                    startOpening(async () => {
                      await mark({ notificationId: row.id, read: true });
                      router.push(row.link);
                    });
                  }}
                >
                  {row.title}
                </Link>
                {row.excerpt && <p className="mt-1 break-words whitespace-pre-wrap text-sm text-slate-700">{row.excerpt}</p>}
              </div>
              <MarkButton id={row.id} read={row.read} mark={mark} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MarkButton({ id, read, mark }: { id: string; read: boolean; mark: Props["mark"] }) {
  const t = useTranslations("notifications");
  const form = useActionForm(mark);
  return (
    <div className="shrink-0 text-right">
      <button type="button" className="text-sm text-blue-800 underline hover:no-underline" disabled={form.pending} onClick={() => form.submit({ notificationId: id, read: !read })}>
        {read ? t("markUnread") : t("markRead")}
      </button>
      {form.error && (
        <p role="alert" className="text-xs text-red-800">
          {form.error.message}
        </p>
      )}
    </div>
  );
}
