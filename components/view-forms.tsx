"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type ActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { DuplicateViewInput } from "@/lib/views/duplicate-view";
import type { RenameViewInput } from "@/lib/views/rename-view";
import type { SaveViewInput } from "@/lib/views/save-view";
import { trackerHref } from "@/lib/views/tracker-href";
import type { UpdateViewQueryInput } from "@/lib/views/update-view-query";

type SavedView = { id: string; name: string; query: unknown };
type Action<I, T = SavedView> = (slug: string, input: I) => Promise<ActionResult<T>>;

/** The label an error summary links a field's message to. */
const fieldLabel = (t: ReturnType<typeof useTranslations<"views">>, name: string) =>
  name === "name" ? t("fields.name") : name === "visibility" ? t("fields.visibility") : undefined;
const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const visibility = (form: FormData) => (form.get("visibility") === "team" ? "team" : "personal");

/** The name field and, where the actor may share, the choice of personal or team. */
function ViewFields<I>({ form, canShare, defaultName, placeholder }: { form: ActionForm<I>; canShare: boolean; defaultName?: string; placeholder?: string }) {
  const t = useTranslations("views");
  return (
    <>
      <Field form={form} name="name" label={t("fields.name")}>
        {(control) => <input {...control} name="name" maxLength={80} defaultValue={defaultName} placeholder={placeholder} className={inputClass} />}
      </Field>
      {canShare ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-900">{t("fields.visibility")}</legend>
          <div className="mt-1 flex gap-4 text-sm">
            <label className="flex items-center gap-1.5"><input type="radio" name="visibility" value="personal" defaultChecked /> {t("onlyMe")}</label>
            <label className="flex items-center gap-1.5"><input type="radio" name="visibility" value="team" /> {t("theTeam")}</label>
          </div>
        </fieldset>
      ) : (
        <p className="text-xs text-slate-600">{t("viewerPersonal")}</p>
      )}
    </>
  );
}

/** "Save view" on the tracker: keeps the current filters, columns, grouping and dates under a name. */
export function SaveViewForm({ slug, params, canShare, action }: { slug: string; params: Record<string, string>; canShare: boolean; action: Action<SaveViewInput> }) {
  const router = useRouter();
  const t = useTranslations("views");
  const popover = useRef<HTMLDetailsElement>(null);
  const form = useActionForm(
    (input: SaveViewInput) => action(slug, input),
    (view) => {
      // The view is saved: the popover closes and the tracker opens it (the sidebar lists it).
      if (popover.current) popover.current.open = false;
      router.push(trackerHref(slug, params, { view: view.id }));
    },
  );
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ name: text(data, "name"), visibility: visibility(data), query: params });
  }
  return (
    <details ref={popover} className="relative">
      <summary className={`${primaryButtonClass} cursor-pointer list-none`}>{t("save.open")}</summary>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={t("save.open")}
        className="absolute right-0 z-10 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg"
      >
        <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => fieldLabel(t, name)} />
        <ViewFields form={form} canShare={canShare} />
        <SubmitButton pending={form.pending} label={t("save.submit")} pendingLabel={t("save.pending")} />
      </form>
    </details>
  );
}

/** "Update view": the opened saved view takes the tracker's current filters, columns, grouping and dates. */
export function UpdateViewButton(props: { slug: string; viewId: string; name: string; params: Record<string, string>; action: Action<UpdateViewQueryInput, unknown> }) {
  const { slug, viewId, name, params, action } = props;
  const router = useRouter();
  const t = useTranslations("views");
  const form = useActionForm((input: UpdateViewQueryInput) => action(slug, input), () => router.replace(trackerHref(slug, params, { view: viewId })));
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" disabled={form.pending} onClick={() => form.submit({ viewId, query: params })} className={secondaryButtonClass}>
        {form.pending ? t("update.pending") : t("update.submit", { name })}
      </button>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
    </div>
  );
}

export function RenameViewForm({ slug, viewId, name, action }: { slug: string; viewId: string; name: string; action: Action<RenameViewInput, { id: string; name: string }> }) {
  const router = useRouter();
  const t = useTranslations("views");
  const form = useActionForm((input: RenameViewInput) => action(slug, input), () => router.refresh());
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit({ viewId, name: text(new FormData(event.currentTarget), "name") });
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("rename.label")} className="max-w-xl space-y-3">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => fieldLabel(t, field)} />
      <div className="flex flex-wrap items-end gap-3">
        <Field form={form} name="name" label={t("fields.name")} className="min-w-64 flex-1">
          {(control) => <input {...control} name="name" maxLength={80} defaultValue={name} className={inputClass} />}
        </Field>
        <SubmitButton pending={form.pending} label={t("rename.submit")} pendingLabel={t("rename.pending")} className={secondaryButtonClass} />
      </div>
    </form>
  );
}

export function DuplicateViewForm({ slug, viewId, canShare, action }: { slug: string; viewId: string; canShare: boolean; action: Action<DuplicateViewInput> }) {
  const router = useRouter();
  const t = useTranslations("views");
  const form = useActionForm((input: DuplicateViewInput) => action(slug, input), (copy) => router.push(`/w/${slug}/views/${copy.id}`));
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ viewId, name: text(data, "name").trim() || undefined, visibility: visibility(data) });
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("duplicate.label")} className="max-w-md space-y-3">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => fieldLabel(t, field)} />
      <ViewFields form={form} canShare={canShare} placeholder={t("duplicate.placeholder")} />
      <SubmitButton pending={form.pending} label={t("duplicate.submit")} pendingLabel={t("duplicate.pending")} className={secondaryButtonClass} />
    </form>
  );
}

/** A button that asks once more before it acts, for deleting and revoking. */
export function ConfirmButton(props: { label: string; question: string; confirmLabel: string; pending: boolean; onConfirm: () => void }) {
  const { label, question, confirmLabel, pending, onConfirm } = props;
  const [asking, setAsking] = useState(false);
  const t = useTranslations("forms");
  if (!asking) {
    return <button type="button" disabled={pending} onClick={() => setAsking(true)} className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60">{label}</button>;
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span>{question}</span>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
        className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 disabled:opacity-60"
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)} className={secondaryButtonClass}>{t("cancel")}</button>
    </span>
  );
}

export function DeleteViewButton({ slug, viewId, action }: { slug: string; viewId: string; action: Action<{ viewId: string }, unknown> }) {
  const router = useRouter();
  const t = useTranslations("views");
  const form = useActionForm((input: { viewId: string }) => action(slug, input), () => router.push(`/w/${slug}`));
  return (
    <div className="space-y-2">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
      <ConfirmButton
        label={t("delete.open")}
        question={t("delete.question")}
        confirmLabel={t("delete.confirm")}
        pending={form.pending}
        onConfirm={() => form.submit({ viewId })}
      />
    </div>
  );
}
