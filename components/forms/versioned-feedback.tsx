"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { DiffNames, DiffRow } from "@/lib/history/describe-diff";
import { parseVersionConflict } from "@/lib/tracking/version-conflict";
import { StaleVersionWarning } from "@/components/live/live-updates";
import { ConflictView } from "./conflict-view";
import { ErrorSummary } from "./error-summary";
import type { ActionForm } from "./use-action-form";

/**
 * The feedback of a form that edits an item against the version it was rendered with: the conflict view when a
 * teammate got there first, otherwise the error summary.
 */
export function VersionedFeedback<I extends { expectedVersion: number; reason?: string }>(props: {
  form: ActionForm<I>;
  describe: (input: I) => DiffRow[];
  names: DiffNames;
  labelFor?: (name: string) => string | undefined;
}) {
  const { form, describe, names, labelFor } = props;
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const conflict = form.error?.code === "conflict" ? parseVersionConflict(form.error.current) : null;
  const submitted = form.submitted;
  if (conflict && submitted) {
    return (
      <ConflictView
        conflict={conflict}
        yours={[...describe(submitted), ...(submitted.reason ? [{ field: "reason", label: "Reason", before: [], after: [submitted.reason] }] : [])]}
        names={names}
        busy={form.pending || refreshing}
        feedbackRef={form.feedbackRef}
        onReapply={() => form.submit({ ...submitted, expectedVersion: conflict.item.version })}
        // The page re-renders at the new version, and the forms keyed by it start afresh from the teammate's state.
        onDiscard={() => startRefresh(() => router.refresh())}
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
