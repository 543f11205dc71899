import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { needsFirstOwner } from "@/lib/accounts/create-first-owner";
import { signUpAvailability } from "@/lib/accounts/request-sign-up";
import { currentActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths are followed after sign-in, so the link cannot send people elsewhere. */
function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path) return "/";
  try {
    const url = new URL(path, "http://local");
    return url.origin === "http://local" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  if (await currentActor()) redirect(returnTo);
  // A new instance: there is no one to sign in as until the first owner is made.
  if (await needsFirstOwner()) redirect("/setup");
  const { open } = await signUpAvailability();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">Sign in to Policy Tracker</h1>
        <p className="mt-1 text-sm text-slate-600">Trade-policy measures, each status backed by a quoted source.</p>
        <SignInForm returnTo={returnTo} />
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="text-blue-800 underline">Forgot your password?</Link>
        </p>
        {open && (
          <p className="mt-2 text-sm">
            New here? <Link href="/sign-up" className="text-blue-800 underline">Create an account</Link>
          </p>
        )}
      </div>
    </main>
  );
}
