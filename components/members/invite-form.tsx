"use client";

import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { formatRecordedAt } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateInviteInput, InviteDelivery } from "@/lib/workspaces/create-invite";
import { ROLE_ORDER, ROLES } from "@/lib/workspaces/roles";
import { CopyLink } from "./copy-link";

type Created = { path: string; role: Role; email: string | null; expiresAt: Date; delivery: InviteDelivery };
const LABELS: Record<string, string> = { role: "Role", email: "Email", expiresInDays: "Valid for (days)" };

type Props = { slug: string; action: (slug: string, input: CreateInviteInput) => Promise<ActionResult<Created>> };

/** What became of the email, and so whether the owner has to pass the link on. */
function deliveryNote(invite: Created): string {
  const { delivery } = invite;
  if (delivery.sent) return `The invite was emailed to ${invite.email}. You can also copy the link.`;
  if (delivery.reason === "no_transport") return "This instance sends no email (no mail server is set up): send this link to the person yourself.";
  if (delivery.reason === "failed") return `The email to ${invite.email} could not be sent: send this link to the person yourself.`;
  return "Send this link to the person yourself.";
}

/**
 * Creates an invite, which is emailed when it names an address, and shows its link once, to copy: only the token's
 * hash is stored, so the link cannot be shown again later.
 */
export function InviteForm({ slug, action }: Props) {
  const formElement = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<(Created & { url: string }) | null>(null);
  const form = useActionForm(
    (input: CreateInviteInput) => action(slug, input),
    (invite) => {
      setCreated({ ...invite, url: new URL(invite.path, window.location.origin).toString() });
      formElement.current?.reset();
    },
  );

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCreated(null);
    form.submit({
      role: String(data.get("role")) as Role,
      email: String(data.get("email") ?? ""),
      expiresInDays: Number(data.get("expiresInDays")),
    });
  }

  return (
    <div className="space-y-4">
      <form ref={formElement} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[12rem_1fr_8rem_auto] md:items-start" noValidate aria-label="Invite someone">
        <Field form={form} name="role" label="Role">
          {(control) => (
            <select {...control} name="role" defaultValue="analyst" className={inputClass}>
              {ROLE_ORDER.map((role) => (
                <option key={role} value={role}>
                  {ROLES[role].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="email" label="Email (optional)" hint="When given, the link is emailed there, and only an account with this address can use it.">
          {(control) => <input {...control} name="email" type="email" autoComplete="off" className={inputClass} />}
        </Field>
        <Field form={form} name="expiresInDays" label="Valid for (days)" hint="1 to 30">
          {(control) => <input {...control} name="expiresInDays" type="number" min={1} max={30} defaultValue={7} className={inputClass} />}
        </Field>
        <SubmitButton pending={form.pending} label="Create invite link" pendingLabel="Creating…" className={`${primaryButtonClass} md:mt-6`} />
      </form>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      {created && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <p className="mb-2 text-sm font-medium text-emerald-900">
            Invite created for {created.email ?? "anyone with the link"}, as {ROLES[created.role].label.toLowerCase()}.
          </p>
          <CopyLink id="invite-link" label="Invite link" url={created.url} />
          <p role="status" className="text-sm text-slate-800">
            {deliveryNote(created)} It works once, until {formatRecordedAt(created.expiresAt)}, and is shown only now; if it gets lost, revoke the
            invite and create another.
          </p>
        </div>
      )}
    </div>
  );
}
