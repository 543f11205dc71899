import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export default async function Home() {
  const actor = await requirePageActor("/");
  const [first] = await listMyWorkspaces(actor);
  if (first) redirect(`/w/${first.slug}`);
  const t = await getTranslations("app.home");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <Link href="/workspaces/new" className="mt-4 inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        {t("create")}
      </Link>
    </main>
  );
}
