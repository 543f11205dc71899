"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof NextLink>, "prefetch">;

/**
 * The app's link: next/link's navigation in the browser, but the page it leads to is prefetched when the reader shows
 * intent (pointer, keyboard focus, touch), not whenever the link scrolls into view. Every page here renders per
 * request, so each prefetch is server work (the route's tree and its head): opened in a browser, the tracker fired 34
 * of them, 1.3-2.6 ms of server CPU each, several times what the page itself cost (docs/decisions/037).
 */
export function Link({ onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const prefetch = usePrefetch();
  const href = typeof props.href === "string" ? props.href : undefined;
  return (
    <NextLink
      {...props}
      prefetch={false}
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        prefetch(href);
      }}
      onFocus={(event) => {
        onFocus?.(event);
        prefetch(href);
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        prefetch(href);
      }}
    />
  );
}

/** Prefetches one of the app's pages (a path of this origin; anything else is left alone). */
export function usePrefetch(): (href: string | undefined) => void {
  const router = useRouter();
  return (href) => {
    if (href?.startsWith("/") && !href.startsWith("//")) router.prefetch(href);
  };
}
