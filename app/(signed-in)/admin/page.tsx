import type { Metadata } from "next";
import Link from "next/link";
import { JoinPolicyForm } from "@/components/admin/join-policy-form";
import { UserControls } from "@/components/admin/user-controls";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { getInstanceSettings } from "@/lib/admin/get-instance-settings";
import { listUsers } from "@/lib/admin/list-users";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatDay, formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { createResetLinkAction, setUserActiveAction, updateJoinPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Administration" };

const TH = "px-3 py-2 font-medium";

/** The instance's administration: who may join, and every account. Administrators only (others get the 404 page). */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requirePageActor("/admin");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const settings = await pageData(getInstanceSettings(actor));
  const { users, more } = await listUsers(actor, { q: query.replaceAll("\u0000", "") });

  return (
    <>
      <h1 className="text-2xl font-semibold">Administration</h1>
      <p className="mt-1 text-slate-700">
        Settings and accounts of this whole instance. <Link href="/admin/security" className="text-blue-800 underline">Security events</Link>
      </p>

      <section aria-labelledby="join-heading" className="mt-8">
        <h2 id="join-heading" className="text-lg font-semibold">Who may join</h2>
        {!settings.canSendMail && (
          <p className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            This instance sends no email (SMTP_URL is not set), so it cannot confirm addresses: sign-up stays closed whatever you choose, and people join by invite.
          </p>
        )}
        <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
          <JoinPolicyForm joinPolicy={settings.joinPolicy} allowedDomains={settings.allowedDomains} action={updateJoinPolicyAction} />
        </div>
      </section>

      <section aria-labelledby="users-heading" className="mt-8">
        <h2 id="users-heading" className="text-lg font-semibold">Accounts</h2>
        <p className="mt-1 text-sm text-slate-700">
          A deactivated account cannot sign in, and its sessions end at once; its memberships and everything it recorded stay, attributed to it.
        </p>
        <form method="get" role="search" aria-label="Find accounts" className="mt-3 flex max-w-md gap-2">
          <label htmlFor="account-search" className="sr-only">Name or email</label>
          <input id="account-search" name="q" type="search" defaultValue={query} placeholder="Name or email" className={`${inputClass} mt-0`} />
          <button type="submit" className={secondaryButtonClass}>Find</button>
        </form>
        {users.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">No account matches “{query}”.</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Accounts of this instance</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>Name</th>
                  <th scope="col" className={TH}>Email</th>
                  <th scope="col" className={TH}>Workspaces</th>
                  <th scope="col" className={TH}>Created</th>
                  <th scope="col" className={TH}>Last sign-in (UTC)</th>
                  <th scope="col" className={TH}>Status</th>
                  <th scope="col" className={TH}><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="px-3 py-2 font-medium">
                      {user.name}
                      {user.isAdmin && <span className="ml-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs font-normal text-blue-900">Administrator</span>}
                      {user.id === actor.userId && <span className="ml-2 text-xs font-normal text-slate-600">(you)</span>}
                    </td>
                    <td className="px-3 py-2 text-slate-700">{user.email}</td>
                    <td className="px-3 py-2">{user.workspaces}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDay(user.createdAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{user.lastSignInAt ? formatRecordedAt(user.lastSignInAt) : "Never"}</td>
                    <td className="px-3 py-2">{user.deactivatedAt ? <span className="text-red-800">Deactivated {formatDay(user.deactivatedAt)}</span> : "Active"}</td>
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
        {more && <p className="mt-2 text-sm text-slate-700">Showing the first 200 accounts: search to find others.</p>}
      </section>
    </>
  );
}
