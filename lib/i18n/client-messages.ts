import type { Messages } from "next-intl";

/** The namespaces every page's client components translate with (the header's menus, shared widgets). */
const SHARED_NAMESPACES = ["common", "forms"] as const satisfies readonly (keyof Messages)[];

/** The messages that travel to the browser: the shared namespaces and those a page's own client components need. */
export function clientMessages(messages: Messages, namespaces: readonly (keyof Messages)[]): Partial<Messages> {
  return Object.fromEntries([...SHARED_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]));
}
