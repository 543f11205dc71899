import type { Metadata } from "next";
import Link from "next/link";
import { ChangeList } from "@/components/change-list";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import type { FieldState } from "@/components/forms/use-action-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { CHANGE_GROUPS } from "@/lib/history/change-types";
import { listChanges, ZChangeFilter } from "@/lib/history/list-changes";
import { pageData } from "@/lib/http/page-data";
import { singleValues } from "@/lib/http/search-params";
import { zodFieldErrors } from "@/lib/errors";
import { labelsForChanges } from "@/lib/history/change-labels";
import { RecordPicker } from "@/components/forms/record-picker";
import { listWorkspaceMembers } from "@/lib/workspaces/list-workspace-members";

export const metadata: Metadata = { title: "Activity" };

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
  const fields: FieldState = { fieldId: (name) => `filter-${name}`, errorsFor: (name) => errors[name] ?? [] };
  const filtered = FILTERS.some((key) => filter[key]);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ ...Object.fromEntries(FILTERS.flatMap((key) => (filter[key] ? [[key, filter[key]]] : []))), ...extra }).toString();

  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-semibold">Activity</h1>
      <p className="mt-1 text-slate-700">Every change recorded in this workspace, newest first. Times are in UTC.</p>

      <form method="get" className="mt-4 rounded-lg border border-slate-200 bg-white p-4" aria-label="Filter changes">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_minmax(0,10rem)_minmax(0,10rem)]">
          <Field form={fields} name="actorId" label="Person">
            {(control) => (
              <select {...control} name="actorId" defaultValue={filter.actorId ?? ""} className={inputClass}>
                <option value="">Anyone</option>
                {members.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name} ({member.role})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={fields} name="itemId" label="Item">
            {(control) => (
              <RecordPicker
                slug={slug}
                kind="items"
                name="itemId"
                control={control}
                initial={filter.itemId && itemTitle ? { id: filter.itemId, title: itemTitle } : null}
                placeholder="Any item: search by title"
              />
            )}
          </Field>
          <Field form={fields} name="type" label="Kind of change">
            {(control) => (
              <select {...control} name="type" defaultValue={filter.type ?? ""} className={inputClass}>
                <option value="">Any kind</option>
                {Object.entries(CHANGE_GROUPS).map(([type, label]) => (
                  <option key={type} value={type}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field form={fields} name="from" label="From">
            {(control) => <input {...control} name="from" type="date" defaultValue={filter.from} className={inputClass} />}
          </Field>
          <Field form={fields} name="to" label="To">
            {(control) => <input {...control} name="to" type="date" defaultValue={filter.to} className={inputClass} />}
          </Field>
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="submit" className={primaryButtonClass}>
            Apply filters
          </button>
          {filtered && (
            <Link href={`/w/${slug}/activity`} className={secondaryButtonClass}>
              Clear filters
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="changes" className="mt-6">
        <h2 id="changes" className="sr-only">
          Changes
        </h2>
        {!result ? (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-900">
            These filters are not valid. Correct the fields marked above.
          </p>
        ) : result.changes.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
            {filtered ? "No changes match these filters." : filter.before ? "No older changes." : "No changes recorded yet."}
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
          <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
            {filter.before && (
              <Link href={`/w/${slug}/activity?${query({})}`} className={secondaryButtonClass}>
                Newest changes
              </Link>
            )}
            {result.nextBefore !== undefined && (
              <Link href={`/w/${slug}/activity?${query({ before: result.nextBefore.toString() })}`} className={secondaryButtonClass}>
                Older changes
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
