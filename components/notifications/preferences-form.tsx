"use client";

import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { EmailDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import { EMAIL_DELIVERY_LABELS, NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import type { Preferences, UpdatePreferencesInput } from "@/lib/notifications/preferences";

type Props = {
  preferences: Preferences;
  /** Whether the instance can send email at all (otherwise the email choices say so). */
  mail: boolean;
  action: (input: UpdatePreferencesInput) => Promise<ActionResult<unknown>>;
};

/** Per kind of notification: whether it goes to the inbox, and whether it is emailed at once, in a daily digest, or not. */
export function PreferencesForm({ preferences, mail, action }: Props) {
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
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Notification preferences" onChange={() => setSaved(false)}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
      {NOTIFICATION_KIND_NAMES.map((kind: NotificationKind) => (
        <fieldset key={kind} className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{NOTIFICATION_KINDS[kind].label}</legend>
          <p className="text-xs text-slate-600">{NOTIFICATION_KINDS[kind].description}</p>
          <div className="mt-2 flex flex-wrap items-end gap-6">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`${kind}.inbox`} defaultChecked={preferences[kind].inbox} />
              In your inbox
            </label>
            <label className="text-sm">
              Email
              <select name={`${kind}.email`} defaultValue={preferences[kind].email} className={inputClass}>
                {(Object.keys(EMAIL_DELIVERY_LABELS) as EmailDelivery[]).map((delivery) => (
                  <option key={delivery} value={delivery}>
                    {EMAIL_DELIVERY_LABELS[delivery]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
      ))}
      {!mail && <p className="text-sm text-amber-900">This instance cannot send email yet (no mail transport is set up): email choices take effect once it can.</p>}
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} label="Save preferences" pendingLabel="Saving…" />
        {saved && (
          <span role="status" className="text-sm text-emerald-800">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
