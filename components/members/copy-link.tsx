"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/forms/styles";

/** A link (or a token) in a read-only field with a copy button; the field can also be selected and copied by hand. */
export function CopyLink({ id, label, url, copyLabel }: { id: string; label: string; url: string; copyLabel?: string }) {
  const t = useTranslations("members.copy");
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("copied"));
    } catch {
      setStatus(t("failed"));
    }
  }

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input id={id} readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-3 py-1.5 font-mono text-sm" />
        <button type="button" onClick={copy} className={secondaryButtonClass}>
          {copyLabel ?? t("copy")}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
