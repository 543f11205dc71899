"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { primaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ConfirmEmailInput, ConfirmedEmail } from "@/lib/accounts/confirm-email";
import type { ActionResult } from "@/lib/http/action-result";

type Props = { token: string; label: string; action: (input: ConfirmEmailInput) => Promise<ActionResult<ConfirmedEmail>> };

/** One click uses the link (opening the page uses nothing, so mail scanners that follow links cannot spend it). */
export function ConfirmEmailButton({ token, label, action }: Props) {
  const t = useTranslations("auth.verify");
  const [done, setDone] = useState<ConfirmedEmail | null>(null);
  const confirm = useActionForm(action, setDone);
  if (done) {
    // A new account goes on to sign in; a changed address back to the account page.
    const [message, href] = done.kind === "sign_up" ? (["ready", "/sign-in"] as const) : (["changed", "/account"] as const);
    return (
      <div role="status" className="mt-6 rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
        {t.rich(message, {
          email: done.email,
          link: (chunks) => (
            <Link href={href} className="font-medium underline">
              {chunks}
            </Link>
          ),
        })}
      </div>
    );
  }
  return (
    <div className="mt-6 space-y-3">
      <ErrorSummary error={confirm.error} fieldId={confirm.fieldId} feedbackRef={confirm.feedbackRef} />
      <button type="button" disabled={confirm.pending} onClick={() => confirm.submit({ token })} className={`w-full ${primaryButtonClass}`}>
        {confirm.pending ? t("confirming") : label}
      </button>
    </div>
  );
}
