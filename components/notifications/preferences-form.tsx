"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { EmailDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import { EMAIL_DELIVERIES, NOTIFICATION_KIND_NAMES } from "@/lib/notifications/kinds";
import type { Preferences, UpdatePreferencesInput } from "@/lib/notifications/preferences";

type Props = {
  preferences: Preferences;
  /** Whether the instance can send email at all (otherwise the email choices say so). */
  mail: boolean;
  action: (input: UpdatePreferencesInput) => Promise<ActionResult<unknown>>;
};

/** Per kind of notification: whether it goes to the inbox, and whether it is emailed at once, in a daily digest, or not. */
export function PreferencesForm({ preferences, mail, action }: Props) {
  const t = useTranslations("notifications.preferences");
  const [saved, setSaved] = useState(false);
  const form = useActionForm(action, () => setSaved(true));
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    form.submit(
      Object.fromEntries(
        NOTIFICATION_KIND_NAMES.map((kind) => [kind, { inbox: data.get(`${kind}.inbox`) === "on", email: String(data.get(`${kind}.email`)) as EmailDelivery }]),
      ) as UpdatePreferencesInput,
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")} onChange={() => setSaved(false)}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
      {NOTIFICATION_KIND_NAMES.map((kind: NotificationKind) => (
        <fieldset key={kind} className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t(`kinds.${kind}.label`)}</legend>
          <p className="text-xs text-slate-600">{t(`kinds.${kind}.description`)}</p>
          <div className="mt-2 flex flex-wrap items-end gap-6">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`${kind}.inbox`} defaultChecked={preferences[kind].inbox} />
              {t("inbox")}
            </label>
            <label className="text-sm">
              {t("email")}
              <select name={`${kind}.email`} defaultValue={preferences[kind].email} className={inputClass}>
                {EMAIL_DELIVERIES.map((delivery) => (
                  <option key={delivery} value={delivery}>
                    {t(`deliveries.${delivery}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
      ))}
      {!mail && <p className="text-sm text-amber-900">{t("noMail")}</p>}
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} label={t("save")} pendingLabel={t("saving")} />
        {saved && (
          <span role="status" className="text-sm text-emerald-800">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}
