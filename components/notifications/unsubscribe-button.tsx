"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";

/** Turns the emails off, then says so. */
export function UnsubscribeButton({ label, action }: { label: string; action: () => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("auth.unsubscribe");
  const [done, setDone] = useState(false);
  const form = useActionForm((_: null) => action(), () => setDone(true));
  if (done) {
    return (
      <p role="status" className="font-medium text-emerald-800">
        {t("done", { label })}
      </p>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(null);
      }}
    >
      {form.error && (
        <p role="alert" className="mb-2 text-sm text-red-800">
          {form.error.message}
        </p>
      )}
      <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
