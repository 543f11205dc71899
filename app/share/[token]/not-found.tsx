import type { Metadata } from "next";
import { headers } from "next/headers";
import { ShareShell } from "@/components/share-shell";
import { shareLinkStatus } from "@/lib/views/open-shared-view";

export const metadata: Metadata = { title: "Link not available", robots: { index: false, follow: false }, referrer: "no-referrer" };

const MESSAGES = {
  expired: { title: "This link has expired", text: "Share links work for a limited time. Ask the person who sent it for a new link." },
  revoked: { title: "This link was revoked", text: "Whoever shared this view has withdrawn the link. Ask them for a new one if you still need it." },
  unknown: { title: "This link does not exist", text: "Check that the address was copied whole, or ask the person who sent it." },
  active: { title: "This page does not exist", text: "Check the address, or open the link you were sent again." },
} as const;

/**
 * Why a share link does not open. Next.js gives a not-found boundary no params, so the token comes from the path that
 * proxy.ts passes on (x-pathname).
 */
export default async function ShareLinkNotFound() {
  const path = (await headers()).get("x-pathname") ?? "";
  const token = /^\/share\/([^/]+)/.exec(path)?.[1] ?? "";
  const { title, text } = MESSAGES[await shareLinkStatus(token)];
  return (
    <ShareShell>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 max-w-xl text-slate-700">{text}</p>
    </ShareShell>
  );
}
