import { useTranslations } from "next-intl";

/**
 * Shown while a slow workspace page loads (the timeline, the overview and the integrity page, whose reads take up to
 * seconds on a large workspace): the page's shape, so the layout does not jump when it arrives. The other pages answer
 * in tens of milliseconds and come whole: behind a loading boundary their content, streamed after the skeleton, was
 * painted late (Lighthouse, mobile tracker: LCP 2.8 s, 2.3 s of it render delay; 1.9 s without the boundary; README
 * "Performance").
 */
export function PageSkeleton() {
  const t = useTranslations("common");
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{t("loading")}</span>
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
