"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { UnwrappingTextarea } from "@/components/forms/unwrapping-textarea";
import { LanguageOptions } from "@/components/language-options";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { AddSourceInput } from "@/lib/sources/add-source";

type Props = {
  slug: string;
  action: (slug: string, input: AddSourceInput) => Promise<ActionResult<{ id: string; title: string }>>;
};

const LABELS: Record<string, string> = { title: "Title", publishedOn: "Published", language: "Language", url: "Web address", body: "Full text" };

/** The source already in the library that a duplicate-text conflict names, if any. */
function existingSource(current: unknown): { id: string; title: string } | null {
  if (typeof current !== "object" || current === null) return null;
  const { id, title } = current as { id?: unknown; title?: unknown };
  return typeof id === "string" ? { id, title: typeof title === "string" ? title : "" } : null;
}

/** Paste an article with its metadata; a text already in the library is offered instead of being stored twice. */
export function AddSourceForm({ slug, action }: Props) {
  const router = useRouter();
  const form = useActionForm((input: AddSourceInput) => action(slug, input), (source) => router.push(`/w/${slug}/sources/${source.id}`));
  const existing = form.error?.code === "conflict" ? existingSource(form.error.current) : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({
      title: textValue(data, "title"),
      publisher: textValue(data, "publisher"),
      byline: textValue(data, "byline"),
      publishedOn: textValue(data, "publishedOn") || undefined,
      url: textValue(data, "url"),
      language: textValue(data, "language"),
      body: textValue(data, "body"),
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 max-w-3xl space-y-4" noValidate>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => LABELS[name]} />
      {existing && (
        <p className="text-sm">
          <Link href={`/w/${slug}/sources/${existing.id}`} className="font-medium text-blue-800 underline">
            Open the existing source{existing.title ? `: ${existing.title}` : ""}
          </Link>
        </p>
      )}
      <Field form={form} name="title" label="Title">
        {(control) => <input {...control} name="title" required className={inputClass} />}
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field form={form} name="publisher" label="Publisher" optional>
          {(control) => <input {...control} name="publisher" className={inputClass} />}
        </Field>
        <Field form={form} name="byline" label="Byline" optional>
          {(control) => <input {...control} name="byline" className={inputClass} />}
        </Field>
        <Field form={form} name="publishedOn" label="Published" optional hint="YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the article allows.">
          {(control) => <input {...control} name="publishedOn" placeholder="2023-05-15" className={inputClass} />}
        </Field>
        <Field form={form} name="language" label="Language">
          {(control) => (
            <select {...control} name="language" defaultValue="en" className={inputClass}>
              <LanguageOptions />
            </select>
          )}
        </Field>
      </div>
      <Field form={form} name="url" label="Web address" optional>
        {(control) => <input {...control} name="url" type="url" placeholder="https://" className={inputClass} />}
      </Field>
      <Field
        form={form}
        name="body"
        label="Full text"
        hint="Paste the article as published. Hard line wraps (from a PDF, say) are joined, paragraphs kept. The text cannot be edited later, because citations point into it."
      >
        {(control) => <UnwrappingTextarea {...control} name="body" rows={14} required className={`${inputClass} font-serif`} />}
      </Field>
      <SubmitButton pending={form.pending} label="Add source" pendingLabel="Adding…" />
    </form>
  );
}
