"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldErrors, FormProblem, useActionForm } from "@/components/action-form";
import { ConfirmButton } from "@/components/view-forms";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateShareLinkInput } from "@/lib/views/create-share-link";
import type { RevokeShareLinkInput } from "@/lib/views/revoke-share-link";

type Created = { id: string; path: string; expiresAt: Date };

/** Makes a share link and shows its address once: only a hash of the token is kept, so it cannot be shown again. */
export function CreateShareLinkForm({ slug, viewId, action }: { slug: string; viewId: string; action: (slug: string, input: CreateShareLinkInput) => Promise<ActionResult<Created>> }) {
  const router = useRouter();
  const form = useActionForm();
  const [address, setAddress] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setAddress(null);
    setCopied(false);
    const link = await form.run(() =>
      action(slug, { viewId, pinAsOf: data.get("pinAsOf") === "1", expiresInDays: String(data.get("expiresInDays") ?? "") }),
    );
    if (!link) return;
    setAddress(new URL(link.path, window.location.origin).toString());
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate aria-label="New share link" className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="share-days" className="block text-xs font-medium text-slate-700">Expires after (days)</label>
          <input
            id="share-days"
            name="expiresInDays"
            type="number"
            min={1}
            max={90}
            defaultValue={14}
            className="mt-1 block w-28 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
            {...form.fieldProps("share-days", "expiresInDays", "share-days-hint")}
          />
          <p id="share-days-hint" className="mt-1 text-xs text-slate-600">1 to 90 days.</p>
          <FieldErrors id="share-days" errors={form.fieldErrors("expiresInDays")} />
        </div>
        <label className="mb-6 flex items-center gap-2 text-sm">
          <input type="checkbox" name="pinAsOf" value="1" /> Pin the dates: the view&apos;s own, or as recorded now, so later changes do not show
        </label>
        <button type="submit" disabled={form.pending} className="mb-5 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {form.pending ? "Creating…" : "Create share link"}
        </button>
      </form>
      <FormProblem problem={form.problem} />
      {address && (
        <div role="status" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
          <label htmlFor="share-address" className="block font-medium">Link created. Copy it now: it is not shown again.</label>
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
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

export function RevokeShareLinkButton({ slug, viewId, linkId, action }: { slug: string; viewId: string; linkId: string; action: (slug: string, input: RevokeShareLinkInput) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const form = useActionForm();
  return (
    <>
      <ConfirmButton
        label="Revoke"
        question="Revoke this link? It stops working at once."
        confirmLabel="Revoke"
        onConfirm={async () => {
          if (await form.run(() => action(slug, { viewId, linkId }))) router.refresh();
        }}
      />
      <FormProblem problem={form.problem} />
    </>
  );
}
