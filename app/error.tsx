"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">
        The page could not be shown. Nothing you saved was lost. Try again; if it keeps happening, tell your administrator
        {error.digest ? <> and quote the reference <code className="rounded bg-slate-100 px-1">{error.digest}</code></> : null}.
      </p>
      <div className="mt-4 flex gap-3">
        <button type="button" onClick={reset} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">Try again</button>
        <Link href="/" className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">Go to your tracker</Link>
      </div>
    </main>
  );
}
