"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useTransition } from "react";
import type { DiffNames, DiffRow } from "@/lib/history/describe-diff";
import { useWords } from "@/lib/i18n/use-words";
import type { Words } from "@/lib/i18n/words";
import { parseVersionConflict } from "@/lib/tracking/version-conflict";
import { StaleVersionWarning } from "@/components/live/live-updates";
import { ConflictView } from "./conflict-view";
import { ErrorSummary } from "./error-summary";
import type { ActionForm } from "./use-action-form";
import { useVersionHold } from "./version-scope";

/**
 * The feedback of a form that edits an item against the version it was rendered with: the conflict view when a
 * teammate got there first, otherwise the error summary. A conflict refreshes the page, so its header and history show
 * the teammate's version, while the form (held by its VersionScope) keeps the analyst's input and the version it was
 * based on; re-applying or discarding releases it.
 */
export function VersionedFeedback<I extends { expectedVersion: number; reason?: string }>(props: {
  form: ActionForm<I>;
  /** The unsaved input as diff rows, in the page's language. */
  describe: (input: I, words: Words) => DiffRow[];
  names: DiffNames;
  labelFor?: (name: string) => string | undefined;
}) {
  const { form, describe, names, labelFor } = props;
  const router = useRouter();
  const words = useWords();
  const t = useTranslations("forms");
  const [refreshing, startRefresh] = useTransition();
  const conflict = form.error?.code === "conflict" ? parseVersionConflict(form.error.current) : null;
  const submitted = form.submitted;
  const showing = Boolean(conflict && submitted);
  // The teammate's version the page was last refreshed to (a re-apply can meet yet another change).
  const theirVersion = conflict?.item.version;
  const hold = useVersionHold();
  const holding = useRef<number | null>(null);
  useEffect(() => {
    if (showing && holding.current !== theirVersion) {
      if (holding.current === null) hold?.(true);
      holding.current = theirVersion ?? null;
      startRefresh(() => router.refresh());
    } else if (!showing && holding.current !== null) {
      holding.current = null;
      hold?.(false);
    }
  }, [showing, theirVersion, hold, router]);
  if (conflict && submitted) {
    return (
      <ConflictView
        conflict={conflict}
        yours={[...describe(submitted, words), ...(submitted.reason ? [{ field: "reason", label: t("reason"), before: [], after: [submitted.reason] }] : [])]}
        names={names}
        busy={form.pending || refreshing}
        feedbackRef={form.feedbackRef}
        onReapply={() => form.submit({ ...submitted, expectedVersion: conflict.item.version })}
        // Released, the form starts afresh from the teammate's state, which the page already shows.
        onDiscard={() => {
          holding.current = null;
          if (hold) hold(false);
          else startRefresh(() => router.refresh());
        }}
      />
    );
  }
  return (
    <>
      <StaleVersionWarning />
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={labelFor} />
    </>
  );
}
