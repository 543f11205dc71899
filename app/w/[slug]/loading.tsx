/** Shown while a workspace page loads: the page's shape, so the layout does not jump when it arrives. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading…</span>
      <div className="h-4 w-40 rounded bg-slate-200" />
      <div className="mt-3 h-7 w-96 max-w-full rounded bg-slate-200" />
      <div className="mt-4 space-y-2">
        <div className="h-4 w-full max-w-3xl rounded bg-slate-200" />
        <div className="h-4 w-5/6 max-w-3xl rounded bg-slate-200" />
      </div>
      <div className="mt-8 h-24 w-full max-w-5xl rounded-lg bg-slate-200" />
      <div className="mt-4 space-y-3">
        <div className="h-16 w-full max-w-5xl rounded-lg bg-slate-200" />
        <div className="h-16 w-full max-w-5xl rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}
