import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecurityEventList } from "@/components/security-event-list";
import { requirePageActor } from "@/lib/auth/current-actor";
import { pageData } from "@/lib/http/page-data";
import { listSecurityEvents } from "@/lib/security/list-security-events";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspaceSettings.security");
  return { title: t("title") };
}

/** The workspace's security events, for its owners: role changes, removals, and refused attempts in it. */
export default async function WorkspaceSecurityPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string | string[] }> }) {
  const { slug } = await params;
  const { before } = await searchParams;
  const actor = await requirePageActor(`/w/${slug}/security`);
  const data = await pageData(listSecurityEvents(actor, { workspace: slug }, { before: typeof before === "string" && /^\d{1,18}$/.test(before) ? before : undefined }));
  const t = await getTranslations("workspaceSettings.security");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <SecurityEventList data={data} caption={t("caption")} olderHref={(id) => `/w/${slug}/security?before=${id}`} />
    </>
  );
}
