import Link from "next/link";
import { CleanGetForm } from "@/components/forms/clean-get-form";
import { ITEM_KINDS, kindLabel } from "@/lib/tracking/kinds";
import { STATUS_OPTIONS } from "@/lib/views/describe-query";
import { COLUMN_KEYS, COLUMNS, GROUPS, recordTimeField, SORTS, type TrackerQuery } from "@/lib/views/tracker-query";

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : "");

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
const label = "block text-xs font-medium text-slate-700";

/**
 * The tracker's filters and as-of dates as a GET form: its state lives in the URL, so any view can be linked, and the
 * URL holds only what is set. An opened saved view stays named (`view`), so it can be updated with the new filters.
 */
export function TrackerFilters({ slug, query, viewId }: { slug: string; query: TrackerQuery; viewId?: string }) {
  return (
    <CleanGetForm
      action={`/w/${slug}`}
      defaults={{ sort: "updated", group: "none", columns: COLUMN_KEYS.join(",") }}
      className="mt-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label="Tracker filters"
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-6">
        <div>
          <label htmlFor="f-kind" className={label}>Kind</label>
          <select id="f-kind" name="kind" defaultValue={query.kind[0] ?? ""} className={input}>
            <option value="">Any kind</option>
            {ITEM_KINDS.map((kind) => <option key={kind} value={kind}>{kindLabel(kind)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className={label}>Status</label>
          <select id="f-status" name="status" defaultValue={query.status[0] ?? ""} className={input}>
            <option value="">Any status</option>
            {STATUS_OPTIONS.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-jurisdiction" className={label}>Jurisdictions</label>
          <input id="f-jurisdiction" name="jurisdiction" defaultValue={query.jurisdiction.join(", ")} placeholder="JP, KR" className={input} />
        </div>
        <div>
          <label htmlFor="f-tag" className={label}>Tags</label>
          <input id="f-tag" name="tag" defaultValue={query.tag.join(", ")} placeholder="semiconductors" className={input} />
        </div>
        <div>
          <label htmlFor="f-changed" className={label}>Changed since</label>
          <input id="f-changed" name="changedSince" type="date" defaultValue={day(query.changedSince)} className={input} />
        </div>
        <div>
          <label htmlFor="f-sort" className={label}>Sort by</label>
          <select id="f-sort" name="sort" defaultValue={query.sort} className={input}>
            {Object.entries(SORTS).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="discrepancy" value="1" defaultChecked={query.discrepancy} /> Sources disagree
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="noSource" value="1" defaultChecked={query.noSource} /> No source yet
        </label>
        <fieldset className="flex flex-wrap items-end gap-3 rounded border border-blue-200 bg-blue-50 px-3 py-2">
          <legend className="px-1 text-xs font-medium text-blue-900">As of</legend>
          <div>
            <label htmlFor="f-valid" className={label}>In force on</label>
            <input id="f-valid" name="validOn" type="date" defaultValue={day(query.validOn)} className={input} />
          </div>
          <div>
            <label htmlFor="f-recorded" className={label}>As recorded on (UTC)</label>
            <input id="f-recorded" name="recordedAt" type="datetime-local" defaultValue={recordTimeField(query.recordedAt)} className={input} />
          </div>
        </fieldset>
        <fieldset className="flex flex-wrap items-end gap-3 rounded border border-slate-200 px-3 py-2">
          <legend className="px-1 text-xs font-medium text-slate-700">Display</legend>
          <fieldset>
            <legend className={label}>Columns</legend>
            <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {/* The title is always shown; sending it keeps "only the title" from reading as "no choice made". */}
              <input type="hidden" name="columns" value="title" />
              {COLUMN_KEYS.map((key) => (
                <label key={key} className="flex items-center gap-1.5">
                  {key === "title" ? (
                    <input type="checkbox" checked disabled readOnly />
                  ) : (
                    <input type="checkbox" name="columns" value={key} defaultChecked={query.columns.includes(key)} />
                  )}
                  {COLUMNS[key]}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="f-group" className={label}>Group by</label>
            <select id="f-group" name="group" defaultValue={query.group} className={input}>
              {Object.entries(GROUPS).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
            </select>
          </div>
        </fieldset>
        <div className="ml-auto flex gap-2">
          <Link href={`/w/${slug}`} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">Reset</Link>
          <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800">Apply</button>
        </div>
      </div>
      {/* Last, so the address reads as trackerHref writes it: the filters, then the view. */}
      {viewId && <input type="hidden" name="view" value={viewId} />}
    </CleanGetForm>
  );
}
