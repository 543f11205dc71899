"use client";

import { useRef, useState } from "react";
import { CopyLink } from "@/components/members/copy-link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, FieldGroup } from "@/components/forms/field";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { formatRecordedAt } from "@/lib/format";
import type { TokenScope } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateApiTokenInput } from "@/lib/tokens/create-api-token";

type Created = { name: string; scope: TokenScope; expiresAt: Date; token: string };
const LABELS: Record<string, string> = { name: "Name", scope: "Access", expiresInDays: "Valid for (days)" };

type Props = { slug: string; role: string; action: (slug: string, input: CreateApiTokenInput) => Promise<ActionResult<Created>> };

/** Makes a token and shows it once, to copy: only its hash is kept, so it cannot be shown again. */
export function CreateTokenForm({ slug, role, action }: Props) {
  const formElement = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const form = useActionForm(
    (input: CreateApiTokenInput) => action(slug, input),
    (token) => {
      setCreated(token);
      formElement.current?.reset();
    },
  );

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCreated(null);
    form.submit({ name: String(data.get("name") ?? ""), scope: String(data.get("scope")) as TokenScope, expiresInDays: Number(data.get("expiresInDays")) });
  }

  return (
    <div className="space-y-4">
      <form ref={formElement} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[1fr_16rem_8rem_auto] md:items-start" noValidate aria-label="Create an API token">
        <Field form={form} name="name" label="Name" hint="What uses it, e.g. “Nightly sync from our spreadsheet”.">
          {(control) => <input {...control} name="name" maxLength={80} autoComplete="off" className={inputClass} />}
        </Field>
        <FieldGroup form={form} name="scope" legend="Access" hint={`Never more than your role (${role}) allows.`}>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="read" defaultChecked /> Read only
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="write" /> Read and write
          </label>
        </FieldGroup>
        <Field form={form} name="expiresInDays" label="Valid for (days)" hint="1 to 366">
          {(control) => <input {...control} name="expiresInDays" type="number" min={1} max={366} defaultValue={90} className={inputClass} />}
        </Field>
        <SubmitButton pending={form.pending} label="Create token" pendingLabel="Creating…" className={`${primaryButtonClass} md:mt-6`} />
      </form>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      {created && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <p className="mb-2 text-sm font-medium text-emerald-900">
            Token “{created.name}” created ({created.scope === "read" ? "read only" : "read and write"}), valid until {formatRecordedAt(created.expiresAt)}.
          </p>
          <CopyLink id="new-token" label="Your new API token" url={created.token} copyLabel="Copy token" />
          <p className="text-sm text-slate-800">
            Copy it now: it is shown only this once. Send it as <code>Authorization: Bearer …</code>; keep it as secret as a password.
          </p>
        </div>
      )}
    </div>
  );
}
