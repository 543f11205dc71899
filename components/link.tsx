import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link's navigation in the browser, without its prefetching. Every page here renders per request,
 * and next/link prefetches a dynamic page without a loading.js only to learn that (the route's tree and its head, two
 * requests the server renders) while the click fetches the page all the same: the tracker opened with 34-36 such
 * prefetches (docs/decisions/037).
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
