import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/change-list";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import type { FieldState } from "@/components/forms/use-action-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { CHANGE_GROUPS } from "@/lib/history/change-types";
import { getWords } from "@/lib/i18n/server-words";
import { listChanges, ZChangeFilter } from "@/lib/history/list-changes";
import { pageData } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { zodFieldErrors } from "@/lib/errors";
import { labelsForChanges } from "@/lib/history/change-labels";
import { RecordPicker } from "@/components/forms/record-picker";
import { listWorkspaceMembers } from "@/lib/workspaces/list-workspace-members";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

const PAGE_SIZE = 50;
const FILTERS = ["actorId", "itemId", "type", "from", "to"] as const;

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/activity`);
  const values = singleValues(await searchParams);
  const filter = Object.fromEntries([...FILTERS, "before"].flatMap((key) => (values[key] ? [[key, values[key]]] : [])));
  // The URL is user input: a bad filter gets a message beside its field rather than an error page.
  const parsed = ZChangeFilter.safeParse(filter);
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const [{ members }, result] = await pageData(
    Promise.all([listWorkspaceMembers(actor, slug), parsed.success ? listChanges(actor, slug, { ...filter, limit: PAGE_SIZE }) : null]),
  );
  // The filtered item is looked up with the page's records, so its title shows in the picker even with no changes.
  const labels = result ? await labelsForChanges(result.access, result.changes, parsed.success && parsed.data.itemId ? [parsed.data.itemId] : []) : { items: {}, sources: {}, kinds: {} };
  const itemTitle = filter.itemId ? labels.items[filter.itemId] : undefined;
  const [t, roles, words] = await Promise.all([getTranslations("activity"), getTranslations("common.roles"), getWords()]);
  const fields: FieldState = { fieldId: (name) => `filter-${name}`, errorsFor: (name) => errors[name] ?? [] };
  const filtered = FILTERS.some((key) => filter[key]);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ ...Object.fromEntries(FILTERS.flatMap((key) => (filter[key] ? [[key, filter[key]]] : []))), ...extra }).toString();

  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>

      <form method="get" className="mt-4 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_minmax(0,10rem)_minmax(0,10rem)]">
          <Field form={fields} name="actorId" label={t("person")}>
            {(control) => (
              <select {...control} name="actorId" defaultValue={filter.actorId ?? ""} className={inputClass}>
                <option value="">{t("anyone")}</option>
                {members.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name} ({roles(`${member.role}.inSentence`)})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={fields} name="itemId" label={t("item")}>
            {(control) => (
              <RecordPicker
                slug={slug}
                kind="items"
                name="itemId"
                control={control}
                initial={filter.itemId && itemTitle ? { id: filter.itemId, title: itemTitle } : null}
                placeholder={t("anyItem")}
              />
            )}
          </Field>
          <Field form={fields} name="type" label={t("kind")}>
            {(control) => (
              <select {...control} name="type" defaultValue={filter.type ?? ""} className={inputClass}>
                <option value="">{t("anyKind")}</option>
                {(Object.keys(CHANGE_GROUPS) as (keyof typeof CHANGE_GROUPS)[]).map((group) => (
                  <option key={group} value={group}>
                    {words.changeGroup(group)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={fields} name="from" label={t("from")}>
            {(control) => <input {...control} name="from" type="date" defaultValue={filter.from} className={inputClass} />}
          </Field>
          <Field form={fields} name="to" label={t("to")}>
            {(control) => <input {...control} name="to" type="date" defaultValue={filter.to} className={inputClass} />}
          </Field>
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="submit" className={primaryButtonClass}>
            {t("apply")}
          </button>
          {filtered && (
            <Link href={`/w/${slug}/activity`} className={secondaryButtonClass}>
              {t("clear")}
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="changes" className="mt-6">
        <h2 id="changes" className="sr-only">
          {t("changes")}
        </h2>
        {!result ? (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-900">
            {t("invalid")}
          </p>
        ) : result.changes.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
            {filtered ? t("noMatch") : filter.before ? t("noOlder") : t("none")}
          </p>
        ) : (
          <ChangeList
            slug={slug}
            changes={result.changes}
            names={{ sources: labels.sources, items: labels.items }}
            kinds={labels.kinds}
            showItem
          />
        )}
        {result && (result.nextBefore !== undefined || filter.before) && (
          <nav aria-label={t("pages")} className="mt-4 flex gap-3 text-sm">
            {filter.before && (
              <Link href={`/w/${slug}/activity?${query({})}`} className={secondaryButtonClass}>
                {t("newest")}
              </Link>
            )}
            {result.nextBefore !== undefined && (
              <Link href={`/w/${slug}/activity?${query({ before: result.nextBefore })}`} className={secondaryButtonClass}>
                {t("older")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
