import type { Metadata } from "next";
import Link from "next/link";
import { CardPage } from "@/components/card-page";
import { JoinButton } from "@/components/invite/join-button";
import { SignUpForm } from "@/components/invite/sign-up-form";
import { SignOutForm } from "@/components/sign-out-form";
import { currentActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { findInvite } from "@/lib/workspaces/find-invite";
import { INVITE_PROBLEMS, UNKNOWN_INVITE } from "@/lib/workspaces/invite-token";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";
import { ROLES } from "@/lib/workspaces/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { acceptInviteAction, signUpWithInviteAction } from "./actions";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

function Problem({ message }: { message: string }) {
  return (
    <>
      <p role="alert" className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        {message}
      </p>
      <p className="mt-4 text-sm">
        <Link href="/" className="text-blue-800 underline">Go to Policy Tracker</Link>
      </p>
    </>
  );
}

/** Anyone holding the link sees which workspace and role it offers; the token itself authorizes joining. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, actor] = await Promise.all([findInvite(token), currentActor()]);
  if (!invite) {
    return (
      <CardPage title="Invitation">
        <Problem message={UNKNOWN_INVITE} />
      </CardPage>
    );
  }
  const { workspace, role } = invite;
  const intro = (
    <p className="mt-2 text-slate-700">
      {invite.invitedBy ?? "A workspace owner"} invited you to join <strong>{workspace.name}</strong> as{" "}
      <strong>{ROLES[role].label.toLowerCase()}</strong>: {ROLES[role].description.toLowerCase()}.
    </p>
  );
  if (invite.state !== "valid") {
    return (
      <CardPage title={`Join ${workspace.name}`}>
        {intro}
        <Problem message={INVITE_PROBLEMS[invite.state]} />
      </CardPage>
    );
  }
  const expiry = <p className="mt-2 text-sm text-slate-600">This link works once, until {formatRecordedAt(invite.expiresAt)}.</p>;

  if (!actor) {
    return (
      <CardPage title={`Join ${workspace.name}`}>
        {intro}
        {expiry}
        <h2 className="mt-6 text-lg font-semibold">Create your account</h2>
        <SignUpForm token={token} email={invite.email} minPasswordLength={MIN_PASSWORD_LENGTH} action={signUpWithInviteAction} />
        <p className="mt-4 text-sm text-slate-700">
          Already have an account?{" "}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="text-blue-800 underline">
            Sign in to accept
          </Link>
        </p>
      </CardPage>
    );
  }

  const alreadyMember = (await listMyWorkspaces(actor)).some((w) => w.slug === workspace.slug);
  const forSomeoneElse = invite.email !== null && invite.email !== actor.email.toLowerCase();
  return (
    <CardPage title={`Join ${workspace.name}`}>
      {intro}
      {expiry}
      <p className="mt-4 text-sm text-slate-700">
        Signed in as {actor.name} ({actor.email}).
      </p>
      {alreadyMember ? (
        <p className="mt-4">
          You are already a member.{" "}
          <Link href={`/w/${workspace.slug}`} className="text-blue-800 underline">Open {workspace.name}</Link>
        </p>
      ) : forSomeoneElse ? (
        <>
          <Problem message={`This invite is for ${invite.email}. Sign out, then open the link again to sign in or create an account with that address.`} />
          <SignOutForm returnTo={`/invite/${token}`} />
        </>
      ) : (
        <JoinButton token={token} workspace={workspace.name} action={acceptInviteAction} />
      )}
    </CardPage>
  );
}
