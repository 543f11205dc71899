"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A control that opens a form in place (native <details>: keyboard and screen-reader support for free). Item pages wrap
 * it in a VersionScope, so after a save it closes and its form starts from the new state.
 *
 * With `renderOnOpen`, what it holds is rendered when it is first opened and kept from then on (a closed form keeps what
 * was typed): for forms, which work only once the page's script runs anyway. An item page holds a form per status and
 * per change, and rendering every closed one into the page took a third of its server time (issue 15). Text (tables
 * beside charts, discussions) is rendered with the page, so it reads without the script.
 */
export function Disclosure({
  summary,
  children,
  className = "",
  testId,
  id,
  open,
  renderOnOpen = false,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
  id?: string;
  open?: boolean;
  renderOnOpen?: boolean;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before the page's script ran: no toggle event reaches React for that.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details
      ref={details}
      id={id}
      open={open}
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
      className={`group rounded-lg border border-slate-200 bg-white ${className}`}
      data-testid={testId}
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-2.5 text-sm font-medium text-blue-800 select-none hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className="border-t border-slate-200 px-4 py-4">{opened || open || !renderOnOpen ? children : null}</div>
    </details>
  );
}
