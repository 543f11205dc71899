import Link from "next/link";
import type { ReactNode } from "react";

/** A page of one centred card, for the steps outside any workspace (sign-up by invite, a new workspace). */
export function CardPage({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center gap-4 p-4">
      <Link href="/" className="font-semibold text-blue-800">
        Policy Tracker
      </Link>
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
