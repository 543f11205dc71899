import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ShareShell } from "@/components/share-shell";
import { shareLinkStatus } from "@/lib/views/open-shared-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("views.unavailable"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * Why a share link does not open. Next.js gives a not-found boundary no params, so the token comes from the path that
 * proxy.ts passes on (x-pathname).
 */
export default async function ShareLinkNotFound() {
  const path = (await headers()).get("x-pathname") ?? "";
  const token = /^\/share\/([^/]+)/.exec(path)?.[1] ?? "";
  const [status, t] = await Promise.all([shareLinkStatus(token), getTranslations("views.unavailable")]);
  return (
    <ShareShell>
      <h1 className="text-2xl font-semibold">{t(`${status}.title`)}</h1>
      <p className="mt-2 max-w-xl text-slate-700">{t(`${status}.text`)}</p>
    </ShareShell>
  );
}
