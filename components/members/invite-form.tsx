"use client";

import { useRef, useState } from "react";
import { BUTTON, FormAlert, FormField, INPUT } from "@/components/form-field";
import { useAction } from "@/components/use-action";
import { formatRecordedAt } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateInviteInput } from "@/lib/workspaces/create-invite";
import { ROLE_ORDER, ROLES } from "@/lib/workspaces/roles";
import { CopyLink } from "./copy-link";

type Created = { path: string; role: Role; email: string | null; expiresAt: Date };
type Props = { slug: string; action: (slug: string, input: CreateInviteInput) => Promise<ActionResult<Created>> };

/**
 * Creates an invite and shows its link once, to copy: the app sends no email, and only the token's hash is stored,
 * so the link cannot be shown again later.
 */
export function InviteForm({ slug, action }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const { pending, error, run, fieldErrors } = useAction((input: CreateInviteInput) => action(slug, input));
  const [created, setCreated] = useState<(Created & { url: string }) | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCreated(null);
    run(
      {
        role: String(data.get("role")) as Role,
        email: String(data.get("email") ?? ""),
        expiresInDays: Number(data.get("expiresInDays")),
      },
      (invite) => {
        setCreated({ ...invite, url: new URL(invite.path, window.location.origin).toString() });
        form.current?.reset();
      },
    );
  }

  return (
    <div className="space-y-4">
      <form ref={form} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[12rem_1fr_8rem_auto] md:items-start" noValidate aria-label="Invite someone">
        <FormField name="role" label="Role" errors={fieldErrors("role")}>
          {(control) => (
            <select {...control} defaultValue="analyst" className={INPUT}>
              {ROLE_ORDER.map((role) => (
                <option key={role} value={role}>
                  {ROLES[role].label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="email" label="Email (optional)" errors={fieldErrors("email")} hint="When given, only an account with this address can use the link.">
          {(control) => <input {...control} type="email" autoComplete="off" className={INPUT} />}
        </FormField>
        <FormField name="expiresInDays" label="Valid for (days)" errors={fieldErrors("expiresInDays")} hint="1 to 30">
          {(control) => <input {...control} type="number" min={1} max={30} defaultValue={7} className={INPUT} />}
        </FormField>
        <button type="submit" disabled={pending} className={`${BUTTON} md:mt-6`}>
          {pending ? "Creating…" : "Create invite link"}
        </button>
      </form>
      <FormAlert message={error && !error.fields ? error.message : undefined} />
      {created && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <p className="mb-2 text-sm font-medium text-emerald-900">
            Invite created for {created.email ?? "anyone with the link"}, as {ROLES[created.role].label.toLowerCase()}.
          </p>
          <CopyLink id="invite-link" label="Invite link" url={created.url} />
          <p className="text-sm text-slate-800">
            Send this link to the person yourself: Policy Tracker does not send email. It works once, until {formatRecordedAt(created.expiresAt)}, and is
            shown only now; if it gets lost, revoke the invite and create another.
          </p>
        </div>
      )}
    </div>
  );
}
