import type { ReactNode } from "react";

/**
 * A control that opens a form in place (native <details>: keyboard and screen-reader support for free). Item pages wrap
 * it in a VersionScope, so after a save it closes and its form starts from the new state.
 */
export function Disclosure({
  summary,
  children,
  className = "",
  testId,
  id,
  open,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
  id?: string;
  open?: boolean;
}) {
  return (
    <details id={id} open={open} className={`group rounded-lg border border-slate-200 bg-white ${className}`} data-testid={testId}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-2.5 text-sm font-medium text-blue-800 select-none hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className="border-t border-slate-200 px-4 py-4">{children}</div>
    </details>
  );
}
