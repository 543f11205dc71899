"use client";

import { useTranslations } from "next-intl";
import type { DiffRow } from "@/lib/history/describe-diff";

/**
 * Field-level before → after, one row per field; lists (several citations) one line each. A client component, so a page
 * listing changes carries each diff as its rows' words rather than as markup in its RSC payload (a third of the size).
 */
export function DiffRows({ rows }: { rows: DiffRow[] }) {
  const t = useTranslations("forms.diff");
  if (rows.length === 0) return null;
  // A container query, not a media query: the same rows sit in the wide history list and the narrow conflict columns.
  return (
    <div className="@container">
      <dl className="mt-2 space-y-1.5 text-sm">
        {rows.map((row) => (
          <div key={row.field} className="grid gap-x-3 @lg:grid-cols-[8.5rem_minmax(0,1fr)]">
            <dt className="text-slate-600">{row.label}</dt>
            <dd className="min-w-0 space-y-0.5 break-words">
              {row.before.map((line, index) => (
                <del key={`b${index}`} className="block rounded bg-red-50 px-1.5 text-red-900 decoration-red-400">
                  <span className="sr-only">{t("before")}</span>
                  {line}
                </del>
              ))}
              {row.after.map((line, index) => (
                <ins key={`a${index}`} className="block rounded bg-emerald-50 px-1.5 text-emerald-950 no-underline">
                  <span className="sr-only">{row.before.length ? t("after") : ""}</span>
                  {line}
                </ins>
              ))}
              {row.after.length === 0 && row.before.length > 0 && <span className="block px-1.5 text-slate-600">(removed)</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
