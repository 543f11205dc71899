import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ChangeKind, ItemKind } from "@/lib/generated/prisma/enums";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import { useWords } from "@/lib/i18n/use-words";
import { ChangeEntries, type ChangeEntryView } from "./change-entries";

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

/**
 * Change records, newest first, as people read them: what, who, when (UTC), why, and each field's before → after.
 * Reverts link both ways. `actions` adds controls to an entry (the item page's Revert). The words are made here, on
 * the server; the entries are drawn by a client component from them (change-entries.tsx).
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
  const subject = (change: ChangeEntry): ChangeEntryView["subject"] => {
    if (!showItem) return null;
    if (change.itemId) return { label: t("item"), href: `/w/${slug}/items/${change.itemId}`, title: change.itemTitle ?? t("untitledItem") };
    if (change.sourceId) return { label: t("source"), href: `/w/${slug}/sources/${change.sourceId}`, title: names.sources?.[change.sourceId] ?? t("aSource") };
    return null;
  };
  const entries = changes.map(
    (change): ChangeEntryView => ({
      id: change.id,
      typeLabel: words.changeType(change.type),
      changeKind:
        change.itemId && !change.type.startsWith("comment.")
          ? { label: words.changeKind(change.changeKind), correction: change.changeKind === "correction" }
          : null,
      reverts: change.revertsId === null ? null : { id: change.revertsId, label: t("reverts", { id: change.revertsId }) },
      revertedBy: change.revertedById === null ? null : { id: change.revertedById, label: t("revertedBy", { id: change.revertedById }) },
      actorName: change.actorName,
      recordedAt: change.recordedAt.toISOString(),
      recordedAtText: words.recordedAt(change.recordedAt),
      subject: subject(change),
      reason: change.reason,
      rows: describeDiff(change.diff, { ...names, kind: change.itemId ? kinds[change.itemId] : undefined }, words),
    }),
  );
  const controls = actions ? Object.fromEntries(changes.map((change) => [change.id, actions(change)]).filter(([, node]) => node)) : undefined;
  return <ChangeEntries entries={entries} reasonLabel={t("reason")} actions={controls} />;
}
