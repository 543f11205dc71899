import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ChangeKind, ItemKind } from "@/lib/generated/prisma/enums";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import { useWords } from "@/lib/i18n/use-words";
import { DiffRows } from "./diff-rows";

export type ChangeEntry = {
  id: string;
  itemId: string | null;
  sourceId: string | null;
  actorName: string;
  recordedAt: Date;
  type: string;
  changeKind: ChangeKind;
  reason: string;
  diff: unknown;
  revertsId: string | null;
  revertedById: string | null;
  itemTitle: string | null;
};

const badge = "rounded px-1.5 py-0.5 text-xs font-medium";

/**
 * Change records, newest first, as people read them: what, who, when (UTC), why, and each field's before → after.
 * Reverts link both ways. `actions` adds controls to an entry (the item page's Revert).
 */
export function ChangeList(props: {
  slug: string;
  changes: ChangeEntry[];
  names: DiffNames;
  kinds: Record<string, ItemKind>;
  showItem?: boolean;
  actions?: (change: ChangeEntry) => ReactNode;
}) {
  const { slug, changes, names, kinds, showItem = false, actions } = props;
  const t = useTranslations("history");
  const words = useWords();
  return (
    <ol className="space-y-3">
      {changes.map((change) => {
        const id = change.id;
        return (
          <li key={id} id={`change-${id}`} className="rounded-lg border border-slate-200 bg-white p-4 target:ring-2 target:ring-blue-600" data-testid="change-entry">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium text-slate-900">{words.changeType(change.type)}</span>
              <span className="text-sm text-slate-600">#{id}</span>
              {change.itemId && !change.type.startsWith("comment.") && (
                <span className={`${badge} ${change.changeKind === "correction" ? "bg-orange-100 text-orange-900" : "bg-slate-100 text-slate-700"}`}>
                  {words.changeKind(change.changeKind)}
                </span>
              )}
              {change.revertsId !== null && (
                <a href={`#change-${change.revertsId}`} className={`${badge} bg-blue-50 text-blue-900 hover:underline`}>
                  {t("reverts", { id: change.revertsId })}
                </a>
              )}
              {change.revertedById !== null && (
                <a href={`#change-${change.revertedById}`} className={`${badge} bg-slate-200 text-slate-800 hover:underline`}>
                  {t("revertedBy", { id: change.revertedById })}
                </a>
              )}
            </div>
            <p className="mt-0.5 text-sm text-slate-700">
              {change.actorName} · <time dateTime={change.recordedAt.toISOString()}>{words.recordedAt(change.recordedAt)}</time>
            </p>
            {showItem && change.itemId && (
              <p className="mt-1 text-sm">
                <span className="text-slate-600">{t("item")}</span>
                <Link href={`/w/${slug}/items/${change.itemId}`} className="font-medium text-blue-800 hover:underline">
                  {change.itemTitle ?? t("untitledItem")}
                </Link>
              </p>
            )}
            {showItem && !change.itemId && change.sourceId && (
              <p className="mt-1 text-sm">
                <span className="text-slate-600">{t("source")}</span>
                <Link href={`/w/${slug}/sources/${change.sourceId}`} className="font-medium text-blue-800 hover:underline">
                  {names.sources?.[change.sourceId] ?? t("aSource")}
                </Link>
              </p>
            )}
            {change.reason && (
              <p className="mt-1 text-sm text-slate-800">
                <span className="text-slate-600">{t("reason")}</span>
                {change.reason}
              </p>
            )}
            <DiffRows rows={describeDiff(change.diff, { ...names, kind: change.itemId ? kinds[change.itemId] : undefined }, words)} />
            {actions?.(change)}
          </li>
        );
      })}
    </ol>
  );
}
