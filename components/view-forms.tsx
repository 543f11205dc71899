"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldErrors, FormProblem, useActionForm } from "@/components/action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { DuplicateViewInput } from "@/lib/views/duplicate-view";
import type { RenameViewInput } from "@/lib/views/rename-view";
import type { SaveViewInput } from "@/lib/views/save-view";
import { trackerHref } from "@/lib/views/tracker-href";

type SavedView = { id: string; name: string; query: unknown };
type Action<I, T = SavedView> = (slug: string, input: I) => Promise<ActionResult<T>>;

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
const primary = "rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60";
const secondary = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";
const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const visibility = (form: FormData) => (form.get("visibility") === "team" ? "team" : "personal");

type Fields = ReturnType<typeof useActionForm>;

/** The name field and, where the actor may share, the choice of personal or team. */
function ViewFields({ id, form, canShare, defaultName, placeholder }: { id: string; form: Fields; canShare: boolean; defaultName?: string; placeholder?: string }) {
  return (
    <>
      <div>
        <label htmlFor={`${id}-name`} className="block text-xs font-medium text-slate-700">Name</label>
        <input
          id={`${id}-name`}
          name="name"
          maxLength={80}
          defaultValue={defaultName}
          placeholder={placeholder}
          className={input}
          {...form.fieldProps(`${id}-name`, "name")}
        />
        <FieldErrors id={`${id}-name`} errors={form.fieldErrors("name")} />
      </div>
      {canShare ? (
        <fieldset>
          <legend className="text-xs font-medium text-slate-700">Who sees it</legend>
          <div className="mt-1 flex gap-4 text-sm">
            <label className="flex items-center gap-1.5"><input type="radio" name="visibility" value="personal" defaultChecked /> Only me</label>
            <label className="flex items-center gap-1.5"><input type="radio" name="visibility" value="team" /> The team</label>
          </div>
        </fieldset>
      ) : (
        <p className="text-xs text-slate-600">Saved for you only: viewers cannot share views with the team.</p>
      )}
    </>
  );
}

/** "Save view" on the tracker: keeps the current filters, columns, grouping and dates under a name. */
export function SaveViewForm({ slug, params, canShare, action }: { slug: string; params: Record<string, string>; canShare: boolean; action: Action<SaveViewInput> }) {
  const router = useRouter();
  const form = useActionForm();
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const view = await form.run(() => action(slug, { name: text(data, "name"), visibility: visibility(data), query: params }));
    if (view) router.push(trackerHref(slug, params, { view: view.id }));
  }
  return (
    <details className="relative">
      <summary className={`${primary} cursor-pointer list-none`}>Save view</summary>
      <form onSubmit={onSubmit} noValidate aria-label="Save view" className="absolute right-0 z-10 mt-2 w-72 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg">
        <FormProblem problem={form.problem} />
        <ViewFields id="save-view" form={form} canShare={canShare} />
        <button type="submit" disabled={form.pending} className={primary}>{form.pending ? "Saving…" : "Save"}</button>
      </form>
    </details>
  );
}

export function RenameViewForm({ slug, viewId, name, action }: { slug: string; viewId: string; name: string; action: Action<RenameViewInput, { id: string; name: string }> }) {
  const router = useRouter();
  const form = useActionForm();
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const renamed = await form.run(() => action(slug, { viewId, name: text(new FormData(event.currentTarget), "name") }));
    if (renamed) router.refresh();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Rename view" className="flex max-w-xl flex-wrap items-start gap-3">
      <div className="min-w-64 flex-1">
        <label htmlFor="rename-name" className="block text-xs font-medium text-slate-700">Name</label>
        <input id="rename-name" name="name" maxLength={80} defaultValue={name} className={input} {...form.fieldProps("rename-name", "name")} />
        <FieldErrors id="rename-name" errors={form.fieldErrors("name")} />
        <FormProblem problem={form.problem} />
      </div>
      <button type="submit" disabled={form.pending} className={`${secondary} mt-5`}>{form.pending ? "Renaming…" : "Rename"}</button>
    </form>
  );
}

export function DuplicateViewForm({ slug, viewId, canShare, action }: { slug: string; viewId: string; canShare: boolean; action: Action<DuplicateViewInput> }) {
  const router = useRouter();
  const form = useActionForm();
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const copy = await form.run(() => action(slug, { viewId, name: text(data, "name").trim() || undefined, visibility: visibility(data) }));
    if (copy) router.push(`/w/${slug}/views/${copy.id}`);
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Duplicate view" className="max-w-md space-y-3">
      <FormProblem problem={form.problem} />
      <ViewFields id="duplicate" form={form} canShare={canShare} placeholder="Leave empty for “… (copy)”" />
      <button type="submit" disabled={form.pending} className={secondary}>{form.pending ? "Duplicating…" : "Duplicate"}</button>
    </form>
  );
}

/** A button that asks once more before it acts, for deleting and revoking. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: { label: string; question: string; confirmLabel: string; onConfirm: () => Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  if (!asking) {
    return <button type="button" onClick={() => setAsking(true)} className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50">{label}</button>;
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span>{question}</span>
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          await onConfirm();
          setPending(false);
          setAsking(false);
        }}
        className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 disabled:opacity-60"
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)} className={secondary}>Cancel</button>
    </span>
  );
}

export function DeleteViewButton({ slug, viewId, action }: { slug: string; viewId: string; action: Action<{ viewId: string }, unknown> }) {
  const router = useRouter();
  const form = useActionForm();
  return (
    <div className="space-y-2">
      <FormProblem problem={form.problem} />
      <ConfirmButton
        label="Delete view"
        question="Delete this view? Its share links stop working."
        confirmLabel="Delete"
        onConfirm={async () => {
          if (await form.run(() => action(slug, { viewId }))) router.push(`/w/${slug}`);
        }}
      />
    </div>
  );
}
