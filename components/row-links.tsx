"use client";

import { useRouter } from "next/navigation";
import { useRef, type MouseEvent, type ReactNode } from "react";
import { usePrefetch } from "@/components/link";

const linkIn = (target: EventTarget): HTMLAnchorElement | null => (target instanceof Element ? target.closest<HTMLAnchorElement>("a[data-row-link]") : null);

/**
 * Rows of links that navigate as the app's Link does (in the browser, the page prefetched on intent), handled once for
 * the whole container: each row's link is a plain `<a data-row-link>`, since a Link is a component with hooks of its
 * own for every row the server renders (docs/decisions/037). A click with a modifier key, or another button, is the
 * browser's (a new tab or window).
 */
export function RowLinks({ className, children }: { className?: string; children: ReactNode }) {
  const router = useRouter();
  const prefetch = usePrefetch();
  const last = useRef<string | null>(null);
  const intent = (event: { target: EventTarget }) => {
    const href = linkIn(event.target)?.getAttribute("href") ?? null;
    if (href === last.current) return;
    last.current = href;
    prefetch(href ?? undefined);
  };
  const navigate = (event: MouseEvent) => {
    const href = linkIn(event.target)?.getAttribute("href");
    if (!href || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(href);
  };
  // The links inside are the interactive elements (Enter on one is a click); the container only listens.
  return <div className={className} onClick={navigate} onMouseOver={intent} onFocus={intent} onTouchStart={intent}>{children}</div>;
}
