import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JoinPolicyForm } from "@/components/admin/join-policy-form";
import { UserControls } from "@/components/admin/user-controls";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getInstanceSettings } from "@/lib/admin/get-instance-settings";
import { listUsers } from "@/lib/admin/list-users";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getWords } from "@/lib/i18n/server-words";
import { pageData } from "@/lib/http/page-data";
import { createResetLinkAction, setUserActiveAction, updateJoinPolicyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

const TH = "px-3 py-2 font-medium";

/** The instance's administration: who may join, and every account. Administrators only (others get the 404 page). */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requirePageActor("/admin");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const settings = await pageData(getInstanceSettings(actor));
  const { users, more } = await listUsers(actor, { q: query.replaceAll("\u0000", "") });
  const [t, words] = await Promise.all([getTranslations("admin"), getWords()]);

  return (
    <ClientMessages namespaces={["admin", "members"]}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">
        {t.rich("intro", {
          link: (chunks) => (
            <Link href="/admin/security" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>

      <section aria-labelledby="join-heading" className="mt-8">
        <h2 id="join-heading" className="text-lg font-semibold">{t("join.heading")}</h2>
        {!settings.canSendMail && (
          <p className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {t("join.noMail")}
          </p>
        )}
        <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
          <JoinPolicyForm joinPolicy={settings.joinPolicy} allowedDomains={settings.allowedDomains} action={updateJoinPolicyAction} />
        </div>
      </section>

      <section aria-labelledby="users-heading" className="mt-8">
        <h2 id="users-heading" className="text-lg font-semibold">{t("users.heading")}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("users.intro")}
        </p>
        <form method="get" role="search" aria-label={t("users.find")} className="mt-3 flex max-w-md gap-2">
          <label htmlFor="account-search" className="sr-only">{t("users.search")}</label>
          <input id="account-search" name="q" type="search" defaultValue={query} placeholder={t("users.search")} className={`${inputClass} mt-0`} />
          <button type="submit" className={secondaryButtonClass}>{t("users.findButton")}</button>
        </form>
        {users.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("users.none", { query })}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("users.caption")}</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>{t("users.name")}</th>
                  <th scope="col" className={TH}>{t("users.email")}</th>
                  <th scope="col" className={TH}>{t("users.workspaces")}</th>
                  <th scope="col" className={TH}>{t("users.created")}</th>
                  <th scope="col" className={TH}>{t("users.lastSignIn")}</th>
                  <th scope="col" className={TH}>{t("users.status")}</th>
                  <th scope="col" className={TH}><span className="sr-only">{t("users.actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="px-3 py-2 font-medium">
                      {user.name}
                      {user.isAdmin && <span className="ml-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs font-normal text-blue-900">{t("users.administrator")}</span>}
                      {user.id === actor.userId && <span className="ml-2 text-xs font-normal text-slate-600">{t("users.you")}</span>}
                    </td>
                    <td className="px-3 py-2 text-slate-700">{user.email}</td>
                    <td className="px-3 py-2">{words.count(user.workspaces)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{words.day(user.createdAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{user.lastSignInAt ? words.recordedAt(user.lastSignInAt) : t("users.never")}</td>
                    <td className="px-3 py-2">{user.deactivatedAt ? <span className="text-red-800">{t("users.deactivatedOn", { date: words.day(user.deactivatedAt) })}</span> : t("users.active")}</td>
                    <td className="px-3 py-2">
                      <UserControls
                        user={{ id: user.id, name: user.name, active: user.deactivatedAt === null }}
                        self={user.id === actor.userId}
                        setActive={setUserActiveAction}
                        createResetLink={createResetLinkAction}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {more && <p className="mt-2 text-sm text-slate-700">{t("users.more")}</p>}
      </section>
    </ClientMessages>
  );
}
