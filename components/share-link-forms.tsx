"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmButton } from "@/components/view-forms";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateShareLinkInput } from "@/lib/views/create-share-link";
import type { RevokeShareLinkInput } from "@/lib/views/revoke-share-link";

type Created = { id: string; path: string; expiresAt: Date };

/**
 * Makes a share link and shows its address once: only a hash of the token is kept, so it cannot be shown again. The
 * address is shown while the link works: once the list below says it was revoked (or has expired), it goes.
 */
export function CreateShareLinkForm(props: {
  slug: string;
  viewId: string;
  /** The view's links that no longer work, as the page lists them. */
  endedLinkIds: string[];
  action: (slug: string, input: CreateShareLinkInput) => Promise<ActionResult<Created>>;
}) {
  const { slug, viewId, endedLinkIds, action } = props;
  const router = useRouter();
  const t = useTranslations("views.share");
  const [created, setCreated] = useState<{ id: string; address: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useActionForm(
    (input: CreateShareLinkInput) => action(slug, input),
    (link) => {
      setCreated({ id: link.id, address: new URL(link.path, window.location.origin).toString() });
      router.refresh();
    },
  );
  const address = created && !endedLinkIds.includes(created.id) ? created.address : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCreated(null);
    setCopied(false);
    form.submit({ viewId, pinAsOf: data.get("pinAsOf") === "1", expiresInDays: Number(data.get("expiresInDays")) });
  }

  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate aria-label={t("new")} className="flex flex-wrap items-end gap-4">
        <Field form={form} name="expiresInDays" label={t("expires")} hint={t("expiresHint")}>
          {(control) => (
            <input {...control} name="expiresInDays" type="number" min={1} max={90} defaultValue={14} className="mt-1 block w-28 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600" />
          )}
        </Field>
        <label className="mb-6 flex items-center gap-2 text-sm">
          <input type="checkbox" name="pinAsOf" value="1" /> {t("pin")}
        </label>
        <SubmitButton pending={form.pending} label={t("create")} pendingLabel={t("creating")} className="mb-5 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60" />
      </form>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => (name === "expiresInDays" ? t("expires") : undefined)} />
      {address && (
        <div role="status" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
          <label htmlFor="share-address" className="block font-medium">{t("created")}</label>
          <div className="mt-2 flex gap-2">
            <input id="share-address" readOnly value={address} onFocus={(e) => e.currentTarget.select()} className="block w-full rounded border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs" />
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard.writeText(address);
                setCopied(true);
              }}
              className="rounded border border-emerald-300 bg-white px-3 py-1.5 hover:bg-emerald-100"
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

export function RevokeShareLinkButton({ slug, viewId, linkId, action }: { slug: string; viewId: string; linkId: string; action: (slug: string, input: RevokeShareLinkInput) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const t = useTranslations("views.share");
  const form = useActionForm((input: RevokeShareLinkInput) => action(slug, input), () => router.refresh());
  return (
    <>
      <ConfirmButton
        label={t("revoke")}
        question={t("revokeQuestion")}
        confirmLabel={t("revoke")}
        pending={form.pending}
        onConfirm={() => form.submit({ viewId, linkId })}
      />
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
    </>
  );
}
