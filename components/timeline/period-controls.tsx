import Link from "next/link";
import { useTranslations } from "next-intl";
import { CleanGetForm } from "@/components/forms/clean-get-form";
import { DateField } from "@/components/forms/date-field";
import { secondaryButtonClass } from "@/components/forms/styles";
import type { FieldErrors } from "@/lib/errors";
import { lastMonths, panPeriod, zoomPeriod, type DayPeriod } from "@/lib/tracking/timeline-zoom";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Preset periods, in months back from now; null is the whole history. */
const PRESETS = [null, 120, 60, 24, 12] as const;

const chip = "rounded border px-2.5 py-1 text-sm";

/**
 * Zooming a timeline: preset periods, zoom in and out, earlier and later, and a period typed as two days. Every control
 * is a link or a GET form, so the period lives in the address and works from the keyboard and without JavaScript.
 */
export function PeriodControls(props: {
  action: string;
  /** The page's other parameters (the tracker's query), kept by every control. */
  params: Record<string, string>;
  shown: { start: Date; end: Date };
  present: Date;
  period: { from?: Date; to?: Date };
  errors: FieldErrors;
}) {
  const { action, params, shown, present, period, errors } = props;
  const t = useTranslations("timeline.period");
  const href = (chosen: DayPeriod | null) => {
    const search = new URLSearchParams({ ...params, ...(chosen && { from: day(chosen.from), to: day(chosen.to) }) }).toString();
    return search ? `${action}?${search}` : action;
  };
  const explicit = period.from || period.to;
  const isPreset = (months: number | null) => {
    if (months === null) return !explicit;
    const preset = lastMonths(months, present);
    return Boolean(period.from && period.to && day(period.from) === day(preset.from) && day(period.to) === day(preset.to));
  };
  return (
    <nav aria-label={t("label")} className="mt-4 rounded-lg border border-slate-200 bg-white p-3" data-testid="period-controls">
      <div className="flex flex-wrap items-center gap-2">
        {PRESETS.map((months) => {
          const current = isPreset(months);
          return (
            <Link
              key={months ?? "all"}
              href={href(months === null ? null : lastMonths(months, present))}
              aria-current={current ? "true" : undefined}
              className={`${chip} ${current ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
            >
              {months === null ? t("whole") : months % 12 === 0 && months > 12 ? t("lastYears", { years: months / 12 }) : t("lastMonths", { months })}
            </Link>
          );
        })}
        <span className="mx-1 hidden h-5 w-px bg-slate-200 sm:inline-block" aria-hidden />
        <Link href={href(panPeriod(shown, -1))} className={`${chip} border-slate-300 hover:bg-slate-100`}>
          <span aria-hidden>← </span>{t("earlier")}
        </Link>
        <Link href={href(zoomPeriod(shown, 0.5))} className={`${chip} border-slate-300 hover:bg-slate-100`}>
          {t("zoomIn")}
        </Link>
        <Link href={href(zoomPeriod(shown, 2))} className={`${chip} border-slate-300 hover:bg-slate-100`}>
          {t("zoomOut")}
        </Link>
        <Link href={href(panPeriod(shown, 1))} className={`${chip} border-slate-300 hover:bg-slate-100`}>
          {t("later")}<span aria-hidden> →</span>
        </Link>
      </div>
      <CleanGetForm action={action} className="mt-3 flex flex-wrap items-end gap-3" aria-label={t("choose")}>
        {Object.entries(params).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <DateField id="period-from" name="from" label={t("from")} defaultValue={period.from ? day(period.from) : ""} errors={errors.from} />
        <DateField id="period-to" name="to" label={t("to")} defaultValue={period.to ? day(period.to) : ""} errors={errors.to} />
        <button type="submit" className={secondaryButtonClass}>
          {t("show")}
        </button>
      </CleanGetForm>
    </nav>
  );
}
