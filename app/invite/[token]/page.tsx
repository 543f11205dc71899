import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { JoinButton } from "@/components/invite/join-button";
import { SignUpForm } from "@/components/invite/sign-up-form";
import { SignOutForm } from "@/components/sign-out-form";
import { currentActor } from "@/lib/auth/current-actor";
import { getWords } from "@/lib/i18n/server-words";
import { findInvite } from "@/lib/workspaces/find-invite";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { acceptInviteAction, signUpWithInviteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invite");
  return { title: t("title"), referrer: "no-referrer" };
}

async function Problem({ message }: { message: string }) {
  const t = await getTranslations("auth.invite");
  return (
    <>
      <p role="alert" className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        {message}
      </p>
      <p className="mt-4 text-sm">
        <Link href="/" className="text-blue-800 underline">{t("goHome")}</Link>
      </p>
    </>
  );
}

/** Anyone holding the link sees which workspace and role it offers; the token itself authorizes joining. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, actor, t, roles, words] = await Promise.all([findInvite(token), currentActor(), getTranslations("auth.invite"), getTranslations("common.roles"), getWords()]);
  if (!invite) {
    return (
      <CardPage title={t("title")}>
        <Problem message={t("problems.unknown")} />
      </CardPage>
    );
  }
  const { workspace, role } = invite;
  const intro = (
    <p className="mt-2 text-slate-700">
      {t.rich("intro", {
        inviter: invite.invitedBy ?? t("someOwner"),
        workspace: workspace.name,
        role: roles(`${role}.inSentence`),
        description: roles(`${role}.descriptionInSentence`),
        strong: (chunks) => <strong>{chunks}</strong>,
      })}
    </p>
  );
  if (invite.state !== "valid") {
    return (
      <CardPage title={t("join", { workspace: workspace.name })}>
        {intro}
        <Problem message={t(`problems.${invite.state}`)} />
      </CardPage>
    );
  }
  const expiry = <p className="mt-2 text-sm text-slate-600">{t("expiry", { expiresAt: words.recordedAt(invite.expiresAt) })}</p>;

  if (!actor) {
    return (
      <CardPage title={t("join", { workspace: workspace.name })}>
        {intro}
        {expiry}
        <h2 className="mt-6 text-lg font-semibold">{t("createAccount")}</h2>
        <ClientMessages namespaces={["auth"]}>
          <SignUpForm token={token} email={invite.email} minPasswordLength={MIN_PASSWORD_LENGTH} action={signUpWithInviteAction} />
        </ClientMessages>
        <p className="mt-4 text-sm text-slate-700">
          {t.rich("haveAccount", {
            link: (chunks) => (
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="text-blue-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </CardPage>
    );
  }

  const alreadyMember = (await listMyWorkspaces(actor)).some((w) => w.slug === workspace.slug);
  const forSomeoneElse = invite.email !== null && invite.email !== actor.email.toLowerCase();
  return (
    <CardPage title={t("join", { workspace: workspace.name })}>
      {intro}
      {expiry}
      <p className="mt-4 text-sm text-slate-700">{t("signedInAs", { name: actor.name, email: actor.email })}</p>
      {alreadyMember ? (
        <p className="mt-4">
          {t.rich("alreadyMember", {
            workspace: workspace.name,
            link: (chunks) => (
              <Link href={`/w/${workspace.slug}`} className="text-blue-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : forSomeoneElse ? (
        <>
          <Problem message={t("forSomeoneElse", { email: invite.email ?? "" })} />
          <SignOutForm returnTo={`/invite/${token}`} />
        </>
      ) : (
        <ClientMessages namespaces={["auth"]}>
          <JoinButton token={token} workspace={workspace.name} action={acceptInviteAction} />
        </ClientMessages>
      )}
    </CardPage>
  );
}
