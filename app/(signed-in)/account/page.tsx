import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailChangeForm } from "@/components/account/email-change-form";
import { ProfileForm } from "@/components/account/profile-form";
import { EndSessionButton, SignOutEverywhereButton } from "@/components/account/session-controls";
import { SecurityEventList } from "@/components/security-event-list";
import { getAccount } from "@/lib/accounts/get-account";
import { listMySessions } from "@/lib/accounts/list-my-sessions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { canSendMail } from "@/lib/mail/send-mail";
import { listSecurityEvents } from "@/lib/security/list-security-events";
import { changePasswordAction, endSessionAction, requestEmailChangeAction, signOutEverywhereAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

const SECTION = "mt-8";
const CARD = "mt-3 rounded-lg border border-slate-200 bg-white p-4";
const TH = "px-3 py-2 font-medium";

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ before?: string | string[] }> }) {
  const actor = await requirePageActor("/account");
  const { before } = await searchParams;
  const [account, sessions, events] = await Promise.all([
    getAccount(actor),
    listMySessions(actor),
    listSecurityEvents(actor, { own: true }, { before: typeof before === "string" && /^\d{1,18}$/.test(before) ? before : undefined, limit: 20 }),
  ]);
  const mail = canSendMail();

  return (
    <>
      <h1 className="text-2xl font-semibold">Your account</h1>
      <p className="mt-1 text-slate-700">
        Signed in as {account.name} ({account.email}).{" "}
        {account.isAdmin && (
          <>
            You administer this instance: <Link href="/admin" className="text-blue-800 underline">Administration</Link>.
          </>
        )}
      </p>

      <section aria-labelledby="profile-heading" className={SECTION}>
        <h2 id="profile-heading" className="text-lg font-semibold">Profile</h2>
        <div className={CARD}>
          <ProfileForm name={account.name} action={updateProfileAction} />
        </div>
      </section>

      <section aria-labelledby="email-heading" className={SECTION}>
        <h2 id="email-heading" className="text-lg font-semibold">Email address</h2>
        <div className={CARD}>
          <p className="text-sm">
            You sign in with <strong>{account.email}</strong>.
          </p>
          {account.pendingEmail && (
            <p className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              A change to {account.pendingEmail.email} waits for its confirmation link (until {formatRecordedAt(account.pendingEmail.expiresAt)}).
            </p>
          )}
          {mail ? (
            <div className="mt-4">
              <EmailChangeForm action={requestEmailChangeAction} />
            </div>
          ) : (
            <p className="mt-2 text-sm text-slate-700">This instance sends no email, so it cannot confirm a new address: ask your administrator to change it.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="password-heading" className={SECTION}>
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        <div className={CARD}>
          <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} action={changePasswordAction} />
        </div>
      </section>

      <section aria-labelledby="sessions-heading" className={SECTION}>
        <h2 id="sessions-heading" className="text-lg font-semibold">Where you are signed in</h2>
        <p className="mt-1 text-sm text-slate-700">Each browser you signed in with, while its session lasts (12 hours after it was last used). End any you do not recognise, then change your password.</p>
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your sessions</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className={TH}>Browser</th>
                <th scope="col" className={TH}>Address</th>
                <th scope="col" className={TH}>Signed in (UTC)</th>
                <th scope="col" className={TH}>Last seen (UTC)</th>
                <th scope="col" className={TH}><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-3 py-2">
                    {session.browser}
                    {session.current && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">This browser</span>}
                  </td>
                  <td className="px-3 py-2">{session.address || "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatRecordedAt(session.createdAt)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatRecordedAt(session.lastSeenAt)}</td>
                  <td className="px-3 py-2">
                    <EndSessionButton
                      sessionId={session.id}
                      current={session.current}
                      label={session.current ? "Sign out of this browser" : `End session: ${session.browser} from ${session.address || "an unknown address"}, signed in ${formatRecordedAt(session.createdAt)}`}
                      action={endSessionAction}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="mt-3">
          <SignOutEverywhereButton action={signOutEverywhereAction} />
        </div>
      </section>

      <section aria-labelledby="events-heading" className={SECTION}>
        <h2 id="events-heading" className="text-lg font-semibold">Security activity</h2>
        <p className="mt-1 text-sm text-slate-700">Sign-ins, failed attempts, and changes to your password, email and sessions.</p>
        <SecurityEventList data={events} caption="Security events of your account" olderHref={(id) => `/account?before=${id}#events-heading`} />
      </section>
    </>
  );
}
