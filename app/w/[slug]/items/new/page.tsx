import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateItemForm } from "@/components/items/create-item-form";
import { JurisdictionDatalist } from "@/components/items/jurisdiction-datalist";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { pageData } from "@/lib/http/page-data";
import { authorize } from "@/lib/workspaces/authorize";
import { createItemAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("item.new"))("title") };
}

export default async function NewItemPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/items/new`);
  const access = await pageData(authorize(actor, slug, "workspace.read"));
  const t = await getTranslations("item.new");
  return (
    <ClientMessages namespaces={["itemForms"]}>
    <div className="max-w-3xl">
      <p className="text-sm text-slate-700">
        <Link href={`/w/${slug}`} className="hover:underline">
          {t("tracker")}
        </Link>{" "}
        / {t("title")}
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{t("heading")}</h1>
      {can(access.role, "item.write") ? (
        <>
          <p className="mt-2 text-slate-700">{t("hint")}</p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
            <JurisdictionDatalist />
            <CreateItemForm slug={slug} action={createItemAction.bind(null, slug)} />
          </div>
        </>
      ) : (
        <p className="mt-4 rounded border border-slate-200 bg-white p-4 text-slate-700">
          {t("viewer")}
        </p>
      )}
    </div>
    </ClientMessages>
  );
}
