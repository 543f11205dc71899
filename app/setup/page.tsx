import type { Metadata } from "next";
import Link from "next/link";
import { SetupForm } from "@/components/auth/setup-form";
import { CardPage } from "@/components/card-page";
import { needsFirstOwner } from "@/lib/accounts/create-first-owner";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { createFirstOwnerAction } from "./actions";

export const metadata: Metadata = { title: "Set up" };

/** The first run: offered only while the instance has no account at all. */
export default async function SetupPage() {
  if (!(await needsFirstOwner())) {
    return (
      <CardPage title="Policy Tracker is set up">
        <p className="mt-2 text-slate-700">This instance has its accounts already.</p>
        <p className="mt-4">
          <Link href="/sign-in" className="text-blue-800 underline">Sign in</Link>, or ask a workspace owner for an invite.
        </p>
      </CardPage>
    );
  }
  return (
    <CardPage title="Set up Policy Tracker">
      <p className="mt-2 text-slate-700">
        No one has an account here yet. Create yours and your team&apos;s first workspace: you will be the workspace&apos;s owner and this
        instance&apos;s administrator, who decides who may join.
      </p>
      <SetupForm minPasswordLength={MIN_PASSWORD_LENGTH} action={createFirstOwnerAction} />
    </CardPage>
  );
}
