import Link from "next/link";
import { useTranslations } from "next-intl";
import { CleanGetForm } from "@/components/forms/clean-get-form";
import { useWords } from "@/lib/i18n/use-words";
import { ITEM_KINDS } from "@/lib/tracking/kinds";
import { statusOptions } from "@/lib/views/describe-query";
import { COLUMN_KEYS, GROUPS, recordTimeField, SORTS, type TrackerQuery } from "@/lib/views/tracker-query";

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : "");

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
const label = "block text-xs font-medium text-slate-700";

/**
 * The tracker's filters and as-of dates as a GET form: its state lives in the URL, so any view can be linked, and the
 * URL holds only what is set. An opened saved view stays named (`view`), so it can be updated with the new filters.
 */
export function TrackerFilters({ slug, query, viewId }: { slug: string; query: TrackerQuery; viewId?: string }) {
  const t = useTranslations("tracker.filters");
  const q = useTranslations("query");
  const words = useWords();
  return (
    <CleanGetForm
      action={`/w/${slug}`}
      defaults={{ sort: "updated", group: "none", columns: COLUMN_KEYS.join(",") }}
      className="mt-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("label")}
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-6">
        <div>
          <label htmlFor="f-kind" className={label}>{q("labels.kind")}</label>
          <select id="f-kind" name="kind" defaultValue={query.kind[0] ?? ""} className={input}>
            <option value="">{t("anyKind")}</option>
            {ITEM_KINDS.map((kind) => <option key={kind} value={kind}>{words.kind(kind)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className={label}>{q("labels.status")}</label>
          <select id="f-status" name="status" defaultValue={query.status[0] ?? ""} className={input}>
            <option value="">{t("anyStatus")}</option>
            {statusOptions(words).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-jurisdiction" className={label}>{q("labels.jurisdictions")}</label>
          <input id="f-jurisdiction" name="jurisdiction" defaultValue={query.jurisdiction.join(", ")} placeholder="JP, KR" className={input} />
        </div>
        <div>
          <label htmlFor="f-tag" className={label}>{q("labels.tags")}</label>
          <input id="f-tag" name="tag" defaultValue={query.tag.join(", ")} placeholder={t("tagPlaceholder")} className={input} />
        </div>
        <div>
          <label htmlFor="f-changed" className={label}>{q("labels.changedSince")}</label>
          <input id="f-changed" name="changedSince" type="date" defaultValue={day(query.changedSince)} className={input} />
        </div>
        <div>
          <label htmlFor="f-sort" className={label}>{t("sortBy")}</label>
          <select id="f-sort" name="sort" defaultValue={query.sort} className={input}>
            {SORTS.map((value) => <option key={value} value={value}>{q(`sorts.${value}`)}</option>)}
          </select>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="discrepancy" value="1" defaultChecked={query.discrepancy} /> {t("discrepancy")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="noSource" value="1" defaultChecked={query.noSource} /> {t("noSource")}
        </label>
        <fieldset className="flex flex-wrap items-end gap-3 rounded border border-blue-200 bg-blue-50 px-3 py-2">
          <legend className="px-1 text-xs font-medium text-blue-900">{t("asOf")}</legend>
          <div>
            <label htmlFor="f-valid" className={label}>{t("validOn")}</label>
            <input id="f-valid" name="validOn" type="date" defaultValue={day(query.validOn)} className={input} />
          </div>
          <div>
            <label htmlFor="f-recorded" className={label}>{t("recordedAt")}</label>
            <input id="f-recorded" name="recordedAt" type="datetime-local" defaultValue={recordTimeField(query.recordedAt)} className={input} />
          </div>
        </fieldset>
        <fieldset className="flex flex-wrap items-end gap-3 rounded border border-slate-200 px-3 py-2">
          <legend className="px-1 text-xs font-medium text-slate-700">{t("display")}</legend>
          <fieldset>
            <legend className={label}>{q("labels.columns")}</legend>
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
                  {q(`columns.${key}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="f-group" className={label}>{t("groupBy")}</label>
            <select id="f-group" name="group" defaultValue={query.group} className={input}>
              {GROUPS.map((value) => <option key={value} value={value}>{q(`groups.${value}`)}</option>)}
            </select>
          </div>
        </fieldset>
        <div className="ml-auto flex gap-2">
          <Link href={`/w/${slug}`} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">{t("reset")}</Link>
          <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("apply")}</button>
        </div>
      </div>
      {/* Last, so the address reads as trackerHref writes it: the filters, then the view. */}
      {viewId && <input type="hidden" name="view" value={viewId} />}
    </CleanGetForm>
  );
}
