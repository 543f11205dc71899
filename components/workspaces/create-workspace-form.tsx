"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateWorkspaceInput } from "@/lib/workspaces/create-workspace";

const LABELS: Record<string, string> = { name: "Name", slug: "Address" };

type Props = { action: (input: CreateWorkspaceInput) => Promise<ActionResult<{ slug: string }>> };

/** "Japan–Korea trade" → "japan-korea-trade": a suggestion the person may edit. */
function slugFrom(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

export function CreateWorkspaceForm({ action }: Props) {
  const router = useRouter();
  const form = useActionForm(action, (workspace) => router.push(`/w/${workspace.slug}`));
  const [name, setName] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const address = slug ?? slugFrom(name);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit({ name, slug: address });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      <Field form={form} name="name" label="Name" hint="Your team or project, e.g. “Export controls desk”.">
        {(control) => <input {...control} name="name" required value={name} onChange={(e) => setName(e.target.value)} className={inputClass} />}
      </Field>
      <Field form={form} name="slug" label="Address" hint={<>Used in links: /w/{address || "…"}. Lower-case letters, digits and dashes.</>}>
        {(control) => <input {...control} name="slug" required value={address} onChange={(e) => setSlug(e.target.value)} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label="Create workspace" pendingLabel="Creating…" className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
