"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";

/** Marks a disagreement as settled (it stays on record, in the history). */
export function ResolveDiscrepancyButton({ action }: { action: () => Promise<ActionResult<{ id: string }>> }) {
  const form = useActionForm(action);
  const t = useTranslations("sourceForms");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(undefined);
      }}
      className="mt-1"
    >
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
      <SubmitButton pending={form.pending} label={t("resolve")} pendingLabel={t("resolving")} className={secondaryButtonClass} />
    </form>
  );
}
