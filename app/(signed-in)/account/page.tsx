import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EmailChangeForm } from "@/components/account/email-change-form";
import { LanguageForm } from "@/components/account/language-form";
import { ProfileForm } from "@/components/account/profile-form";
import { EndSessionButton, SignOutEverywhereButton } from "@/components/account/session-controls";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SecurityEventList } from "@/components/security-event-list";
import { getAccount } from "@/lib/accounts/get-account";
import { listMySessions } from "@/lib/accounts/list-my-sessions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getWords } from "@/lib/i18n/server-words";
import { canSendMail } from "@/lib/mail/send-mail";
import { listSecurityEvents } from "@/lib/security/list-security-events";
import { changePasswordAction, endSessionAction, requestEmailChangeAction, signOutEverywhereAction, updateLocaleAction, updateProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

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
  const [t, words] = await Promise.all([getTranslations("account"), getWords()]);

  return (
    <ClientMessages namespaces={["account"]}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">
        {t("signedInAs", { name: account.name, email: account.email })}{" "}
        {account.isAdmin &&
          t.rich("administer", {
            link: (chunks) => (
              <Link href="/admin" className="text-blue-800 underline">
                {chunks}
              </Link>
            ),
          })}
      </p>

      <section aria-labelledby="profile-heading" className={SECTION}>
        <h2 id="profile-heading" className="text-lg font-semibold">{t("profile.heading")}</h2>
        <div className={CARD}>
          <ProfileForm name={account.name} action={updateProfileAction} />
        </div>
      </section>

      <section aria-labelledby="language-heading" className={SECTION}>
        <h2 id="language-heading" className="text-lg font-semibold">{t("language.heading")}</h2>
        <div className={CARD}>
          <LanguageForm locale={actor.locale} action={updateLocaleAction} />
        </div>
      </section>

      <section aria-labelledby="email-heading" className={SECTION}>
        <h2 id="email-heading" className="text-lg font-semibold">{t("email.heading")}</h2>
        <div className={CARD}>
          <p className="text-sm">{t.rich("email.current", { email: account.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          {account.pendingEmail && (
            <p className="mt-2 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              {t("email.pending", { email: account.pendingEmail.email, expiresAt: words.recordedAt(account.pendingEmail.expiresAt) })}
            </p>
          )}
          {mail ? (
            <div className="mt-4">
              <EmailChangeForm action={requestEmailChangeAction} />
            </div>
          ) : (
            <p className="mt-2 text-sm text-slate-700">{t("email.noMail")}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="password-heading" className={SECTION}>
        <h2 id="password-heading" className="text-lg font-semibold">{t("password.heading")}</h2>
        <div className={CARD}>
          <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} action={changePasswordAction} />
        </div>
      </section>

      <section aria-labelledby="sessions-heading" className={SECTION}>
        <h2 id="sessions-heading" className="text-lg font-semibold">{t("sessions.heading")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("sessions.intro")}</p>
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("sessions.caption")}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className={TH}>{t("sessions.browser")}</th>
                <th scope="col" className={TH}>{t("sessions.address")}</th>
                <th scope="col" className={TH}>{t("sessions.signedIn")}</th>
                <th scope="col" className={TH}>{t("sessions.lastSeen")}</th>
                <th scope="col" className={TH}><span className="sr-only">{t("sessions.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-3 py-2">
                    {session.browser}
                    {session.current && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">{t("sessions.thisBrowser")}</span>}
                  </td>
                  <td className="px-3 py-2">{session.address || "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{words.recordedAt(session.createdAt)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{words.recordedAt(session.lastSeenAt)}</td>
                  <td className="px-3 py-2">
                    <EndSessionButton
                      sessionId={session.id}
                      current={session.current}
                      label={
                        session.current
                          ? t("sessions.signOutHere")
                          : t("sessions.endLabel", { browser: session.browser, address: session.address || t("sessions.unknownAddress"), signedIn: words.recordedAt(session.createdAt) })
                      }
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
        <h2 id="events-heading" className="text-lg font-semibold">{t("events.heading")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("events.intro")}</p>
        <SecurityEventList data={events} caption={t("events.caption")} olderHref={(id) => `/account?before=${id}#events-heading`} />
      </section>
    </ClientMessages>
  );
}
