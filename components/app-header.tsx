import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getWords } from "@/lib/i18n/server-words";
import type { ReactNode } from "react";
import { InboxLink } from "@/components/live/live-updates";
import { SignOutForm } from "@/components/sign-out-form";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import type { Role } from "@/lib/generated/prisma/enums";

type Workspace = { slug: string; name: string; role: Role };

/**
 * The header of every signed-in page: the workspace menu, the page's own navigation and tools, and the person's
 * account (their name leads to it), administration for administrators, and signing out.
 */
export async function AppHeader(props: {
  actor: { name: string; isAdmin: boolean };
  /** The person's unread notifications when the page was rendered (live updates move it on). */
  unread: number;
  workspaces: Workspace[];
  current?: Workspace;
  nav?: ReactNode;
  tools?: ReactNode;
}) {
  const { actor, unread, workspaces, current, nav, tools } = props;
  const [t, words] = await Promise.all([getTranslations("app"), getWords()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* On a phone the tools and the account wrap onto a row of their own. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={current ? `/w/${current.slug}` : "/"} className="font-semibold text-blue-800">
          {t("name")}
        </Link>
        <WorkspaceSwitcher current={current} workspaces={workspaces} />
        {nav}
        <div className="flex w-full flex-wrap items-center gap-x-3 gap-y-2 text-sm md:ml-auto md:w-auto">
          {tools}
          <InboxLink unread={unread} />
          <span className="max-w-full truncate text-slate-700">
            <Link href="/account" className="hover:underline" aria-label={t("nav.account", { name: actor.name })}>
              {actor.name}
            </Link>
            {current && <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{words.role(current.role)}</span>}
          </span>
          {actor.isAdmin && (
            <Link href="/admin" className="hover:underline">
              {t("nav.administration")}
            </Link>
          )}
          <SignOutForm />
        </div>
      </div>
    </header>
  );
}
