"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CopyLink } from "@/components/members/copy-link";
import { dangerButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { CreateResetLinkInput } from "@/lib/admin/create-reset-link";
import type { SetUserActiveInput } from "@/lib/admin/set-user-active";
import type { ActionResult } from "@/lib/http/action-result";
import { useWords } from "@/lib/i18n/use-words";
import type { MailOutcome } from "@/lib/mail/send-mail";

type ResetLink = { link: string; expiresAt: Date; email: string; delivery: MailOutcome };

type Props = {
  user: { id: string; name: string; active: boolean };
  self: boolean;
  setActive: (input: SetUserActiveInput) => Promise<ActionResult<unknown>>;
  createResetLink: (input: CreateResetLinkInput) => Promise<ActionResult<ResetLink>>;
};

/** An account's controls for an administrator: deactivate (after a confirmation) or reactivate, and a reset link. */
export function UserControls({ user, self, setActive, createResetLink }: Props) {
  const t = useTranslations("admin.users");
  const words = useWords();
  const [confirming, setConfirming] = useState(false);
  const [reset, setReset] = useState<ResetLink | null>(null);
  const activation = useActionForm(setActive, () => setConfirming(false));
  const resetLink = useActionForm(createResetLink, setReset);
  const error = activation.error ?? resetLink.error;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {user.active && !self && !confirming && (
          <button type="button" onClick={() => setConfirming(true)} className={dangerButtonClass}>
            {t("deactivate")}
          </button>
        )}
        {confirming && (
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t("deactivateConfirm", { name: user.name })}</span>
            <button type="button" disabled={activation.pending} onClick={() => activation.submit({ userId: user.id, active: false })} className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
              {activation.pending ? t("deactivating") : t("deactivateYes")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
              {t("cancel")}
            </button>
          </span>
        )}
        {!user.active && (
          <button type="button" disabled={activation.pending} onClick={() => activation.submit({ userId: user.id, active: true })} aria-label={t("reactivateLabel", { name: user.name })} className={secondaryButtonClass}>
            {activation.pending ? t("reactivating") : t("reactivate")}
          </button>
        )}
        {user.active && (
          <button type="button" disabled={resetLink.pending} onClick={() => resetLink.submit({ userId: user.id })} aria-label={t("resetLinkLabel", { name: user.name })} className={secondaryButtonClass}>
            {resetLink.pending ? t("making") : t("resetLink")}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error.message}
        </p>
      )}
      {reset && (
        <div className="rounded border border-emerald-200 bg-emerald-50 p-3">
          <CopyLink id={`reset-${user.id}`} label={t("resetLinkField", { name: user.name })} url={reset.link} />
          <p className="text-sm text-slate-800">
            {reset.delivery.sent ? t("resetEmailed", { email: reset.email }) : t("resetNotEmailed")} {t("resetWorks", { expiresAt: words.recordedAt(reset.expiresAt) })}
          </p>
        </div>
      )}
    </div>
  );
}
