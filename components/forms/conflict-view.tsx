import { useTranslations } from "next-intl";
import { useId } from "react";
import { DiffRows } from "@/components/diff-rows";
import { describeDiff, type DiffNames, type DiffRow } from "@/lib/history/describe-diff";
import { useWords } from "@/lib/i18n/use-words";
import type { VersionConflict } from "@/lib/tracking/version-conflict";
import { primaryButtonClass, secondaryButtonClass } from "./styles";

/**
 * A save refused because a teammate changed the item first: their change(s) beside the analyst's unsaved input, and the
 * two ways on. Never last-save-wins: re-applying sends the same input again, knowingly, against the new version.
 */
export function ConflictView(props: {
  conflict: VersionConflict;
  yours: DiffRow[];
  names: DiffNames;
  busy: boolean;
  feedbackRef: React.RefObject<HTMLDivElement | null>;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { conflict, yours, names, busy, feedbackRef, onReapply, onDiscard } = props;
  const count = conflict.theirChanges.length;
  const headingId = useId();
  const t = useTranslations("forms.conflict");
  const words = useWords();
  return (
    <div ref={feedbackRef} tabIndex={-1} role="alert" aria-labelledby={headingId} className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="conflict-view">
      <h3 id={headingId} className="font-semibold text-amber-950">
        {t("title")}
      </h3>
      <p className="mt-1 text-sm text-amber-950">
        {t("body", { count })}
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <section aria-label={t("theirs", { count })} className="rounded border border-amber-200 bg-white p-3">
          <h4 className="text-sm font-semibold text-slate-900">{t("theirs", { count })}</h4>
          <ol className="mt-1 divide-y divide-slate-100">
            {conflict.theirChanges.map((change) => (
              <li key={change.id} className="py-2 first:pt-1 last:pb-0">
                <p className="text-sm">
                  <span className="font-medium">{change.actor}</span> · {words.changeType(change.type)}
                  <span className="block text-xs text-slate-600">
                    <time dateTime={change.recordedAt}>{words.recordedAt(new Date(change.recordedAt))}</time> · {t("changeNumber", { id: change.id })}
                  </span>
                </p>
                {change.reason && <p className="mt-1 text-sm text-slate-800">{t("reason", { reason: change.reason })}</p>}
                <DiffRows rows={describeDiff(change.diff, names, words)} />
              </li>
            ))}
          </ol>
        </section>
        <section aria-label={t("yours")} className="rounded border border-blue-200 bg-white p-3">
          <h4 className="text-sm font-semibold text-slate-900">{t("yours")}</h4>
          <DiffRows rows={yours} />
        </section>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onReapply} disabled={busy} className={primaryButtonClass}>
          {busy ? t("working") : t("reapply")}
        </button>
        <button type="button" onClick={onDiscard} disabled={busy} className={secondaryButtonClass}>
          {t("discard")}
        </button>
      </div>
    </div>
  );
}
