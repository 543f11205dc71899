"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("sourceForms");
  const labels: Record<string, string> = { title: t("title"), publishedOn: t("published"), language: t("language"), url: t("url"), body: t("body") };

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
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => labels[name]} />
      {existing && (
        <p className="text-sm">
          <Link href={`/w/${slug}/sources/${existing.id}`} className="font-medium text-blue-800 underline">
            {existing.title ? t("openExistingNamed", { title: existing.title }) : t("openExisting")}
          </Link>
        </p>
      )}
      <Field form={form} name="title" label={t("title")}>
        {(control) => <input {...control} name="title" required className={inputClass} />}
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field form={form} name="publisher" label={t("publisher")} optional>
          {(control) => <input {...control} name="publisher" className={inputClass} />}
        </Field>
        <Field form={form} name="byline" label={t("byline")} optional>
          {(control) => <input {...control} name="byline" className={inputClass} />}
        </Field>
        <Field form={form} name="publishedOn" label={t("published")} optional hint={t("publishedHint")}>
          {(control) => <input {...control} name="publishedOn" placeholder="2023-05-15" className={inputClass} />}
        </Field>
        <Field form={form} name="language" label={t("language")}>
          {(control) => (
            <select {...control} name="language" defaultValue="en" className={inputClass}>
              <LanguageOptions />
            </select>
          )}
        </Field>
      </div>
      <Field form={form} name="url" label={t("url")} optional>
        {(control) => <input {...control} name="url" type="url" placeholder="https://" className={inputClass} />}
      </Field>
      <Field
        form={form}
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
      >
        {(control) => <UnwrappingTextarea {...control} name="body" rows={14} required className={`${inputClass} font-serif`} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("add")} pendingLabel={t("adding")} />
    </form>
  );
}
