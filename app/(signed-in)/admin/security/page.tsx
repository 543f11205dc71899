import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SecurityEventList } from "@/components/security-event-list";
import { secondaryButtonClass } from "@/components/forms/styles";
import { requirePageActor } from "@/lib/auth/current-actor";
import { pageData } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { listSecurityEvents, SECURITY_EVENT_KINDS } from "@/lib/security/list-security-events";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.security");
  return { title: t("title") };
}

type Kind = keyof typeof SECURITY_EVENT_KINDS;

/** Every security event of the instance, for administrators. */
export default async function AdminSecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("/admin/security");
  const params = singleValues(await searchParams);
  const kind = params.kind && params.kind in SECURITY_EVENT_KINDS ? (params.kind as Kind) : undefined;
  const before = params.before && /^\d{1,18}$/.test(params.before) ? params.before : undefined;
  const data = await pageData(listSecurityEvents(actor, { instance: true }, { kind, before }));
  const t = await getTranslations("admin.security");
  return (
    <>
      <p className="text-sm">
        <Link href="/admin" className="text-blue-800 underline">{t("back")}</Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">{t("show")}</label>
          <select id="kind" name="kind" defaultValue={kind ?? ""} className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">{t("everyKind")}</option>
            {(Object.keys(SECURITY_EVENT_KINDS) as Kind[]).map((k) => (
              <option key={k} value={k}>{t(`kinds.${k}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>{t("filter")}</button>
      </form>
      <SecurityEventList data={data} caption={t("caption")} showWorkspace olderHref={(id) => `/admin/security?${new URLSearchParams({ ...(kind ? { kind } : {}), before: id })}`} />
    </>
  );
}
