"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { BUTTON, FormAlert, FormField, INPUT } from "@/components/form-field";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateWorkspaceInput } from "@/lib/workspaces/create-workspace";

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
  const { pending, error, run, fieldErrors } = useAction(action);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const address = slug ?? slugFrom(name);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ name, slug: address }, (workspace) => router.push(`/w/${workspace.slug}`));
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <FormAlert message={error && !error.fields ? error.message : undefined} />
      <FormField name="name" label="Name" errors={fieldErrors("name")} hint="Your team or project, e.g. “Export controls desk”.">
        {(control) => <input {...control} required value={name} onChange={(e) => setName(e.target.value)} className={INPUT} />}
      </FormField>
      <FormField name="slug" label="Address" errors={fieldErrors("slug")} hint={<>Used in links: /w/{address || "…"}. Lower-case letters, digits and dashes.</>}>
        {(control) => <input {...control} required value={address} onChange={(e) => setSlug(e.target.value)} className={INPUT} />}
      </FormField>
      <button type="submit" disabled={pending} className={`w-full ${BUTTON}`}>
        {pending ? "Creating…" : "Create workspace"}
      </button>
    </form>
  );
}
