import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddSourceForm } from "@/components/add-source-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { pageData } from "@/lib/http/page-data";
import { authorize } from "@/lib/workspaces/authorize";
import { addSourceAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources.new"))("title") };
}

export default async function NewSourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/sources/new`);
  const access = await pageData(authorize(actor, slug, "workspace.read"));
  const t = await getTranslations("sources.new");
  return (
    <ClientMessages namespaces={["sourceForms"]}>
      <p className="text-sm text-slate-700"><Link href={`/w/${slug}/sources`} className="hover:underline">{t("sources")}</Link> / {t("new")}</p>
      <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
      {can(access.role, "source.write") ? (
        <AddSourceForm slug={slug} action={addSourceAction} />
      ) : (
        <p className="mt-4 text-slate-700">{t("viewer")}</p>
      )}
    </ClientMessages>
  );
}
