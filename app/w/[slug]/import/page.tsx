import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportForm } from "@/components/imports/import-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { pageData } from "@/lib/http/page-data";
import { authorize } from "@/lib/workspaces/authorize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title") };
}

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/import`);
  const access = await pageData(authorize(actor, slug, "workspace.read"));
  const t = await getTranslations("imports");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      {can(access.role, "item.write") ? (
        <div className="mt-6">
          <ClientMessages namespaces={["imports"]}>
            <ImportForm slug={slug} canImportSources={can(access.role, "source.write")} />
          </ClientMessages>
        </div>
      ) : (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("notAllowed")}</p>
      )}
    </>
  );
}
