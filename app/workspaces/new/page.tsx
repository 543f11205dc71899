import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CardPage } from "@/components/card-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { createWorkspaceAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.workspace");
  return { title: t("title") };
}

export default async function NewWorkspacePage() {
  await requirePageActor("/workspaces/new");
  const t = await getTranslations("members.workspace");
  return (
    <CardPage title={t("title")}>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <ClientMessages namespaces={["members"]}>
        <CreateWorkspaceForm action={createWorkspaceAction} />
      </ClientMessages>
      <p className="mt-4 text-center text-sm">
        <Link href="/" className="text-blue-800 underline">{t("back")}</Link>
      </p>
    </CardPage>
  );
}
