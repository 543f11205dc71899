"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import type { AddSourceInput } from "@/lib/sources/add-source";

type Props = {
  slug: string;
  action: (slug: string, input: AddSourceInput) => Promise<ActionResult<{ id: string; title: string }>>;
};

const field = "mt-1 block w-full rounded border border-slate-300 px-3 py-2";
const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Paste an article with its metadata; a text already in the library is offered instead of being stored twice. */
export function AddSourceForm({ slug, action }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [existing, setExisting] = useState<{ id: string; title: string } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    setFields({});
    setExisting(null);
    const result = await action(slug, {
      title: text(form, "title"),
      publisher: text(form, "publisher"),
      byline: text(form, "byline"),
      publishedOn: text(form, "publishedOn") || undefined,
      url: text(form, "url"),
      language: text(form, "language"),
      body: text(form, "body"),
    });
    setPending(false);
    if (result.ok) {
      router.push(`/w/${slug}/sources/${result.data.id}`);
      return;
    }
    setProblem(result.error.message);
    setFields(result.error.fields ?? {});
    const current = result.error.current as { id?: string; title?: string } | undefined;
    if (result.error.code === "conflict" && current?.id) setExisting({ id: current.id, title: current.title ?? "" });
  }

  const error = (name: string) =>
    fields[name]?.length ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-800">{fields[name]?.join(" ")}</p>
    ) : null;
  const describedBy = (name: string, hint?: string) => [fields[name]?.length && `${name}-error`, hint].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={onSubmit} className="mt-4 max-w-3xl space-y-4" noValidate>
      {problem && (
        <div role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {problem}
          {existing && (
            <>
              {" "}
              <Link href={`/w/${slug}/sources/${existing.id}`} className="font-medium underline">Open the existing source</Link>
            </>
          )}
        </div>
      )}
      <div>
        <label htmlFor="title" className="block text-sm font-medium">Title</label>
        <input id="title" name="title" required className={field} aria-invalid={Boolean(fields.title)} aria-describedby={describedBy("title")} />
        {error("title")}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="publisher" className="block text-sm font-medium">Publisher</label>
          <input id="publisher" name="publisher" className={field} />
        </div>
        <div>
          <label htmlFor="byline" className="block text-sm font-medium">Byline</label>
          <input id="byline" name="byline" className={field} />
        </div>
        <div>
          <label htmlFor="publishedOn" className="block text-sm font-medium">Published</label>
          <input id="publishedOn" name="publishedOn" placeholder="2023-05-15" className={field} aria-invalid={Boolean(fields.publishedOn)} aria-describedby={describedBy("publishedOn", "publishedOn-hint")} />
          <p id="publishedOn-hint" className="mt-1 text-xs text-slate-600">YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the article allows.</p>
          {error("publishedOn")}
        </div>
        <div>
          <label htmlFor="language" className="block text-sm font-medium">Language</label>
          <select id="language" name="language" defaultValue="en" className={field} aria-invalid={Boolean(fields.language)} aria-describedby={describedBy("language")}>
            <option value="en">English (en)</option>
            <option value="ja">Japanese (ja)</option>
            <option value="ko">Korean (ko)</option>
            <option value="zh">Chinese (zh)</option>
            <option value="fr">French (fr)</option>
            <option value="de">German (de)</option>
          </select>
          {error("language")}
        </div>
      </div>
      <div>
        <label htmlFor="url" className="block text-sm font-medium">Web address</label>
        <input id="url" name="url" type="url" placeholder="https://" className={field} aria-invalid={Boolean(fields.url)} aria-describedby={describedBy("url")} />
        {error("url")}
      </div>
      <div>
        <label htmlFor="body" className="block text-sm font-medium">Full text</label>
        <textarea id="body" name="body" rows={14} required className={`${field} font-serif`} aria-invalid={Boolean(fields.body)} aria-describedby={describedBy("body", "body-hint")} />
        <p id="body-hint" className="mt-1 text-xs text-slate-600">Paste the article as published. The text cannot be edited later, because citations point into it.</p>
        {error("body")}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
