"use client";

import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";

type Props<I> = { slug: string; input: I; label: string; action: (slug: string, input: I) => Promise<ActionResult<unknown>> };

/** A "Revoke" button for one row of a list (an invite, an API token): sends `input` to the action, shows its error. */
export function RevokeButton<I>({ slug, input, label, action }: Props<I>) {
  const t = useTranslations("forms");
  const revoke = useActionForm((value: I) => action(slug, value));
  return (
    <div>
      <button type="button" disabled={revoke.pending} onClick={() => revoke.submit(input)} aria-label={label} className={secondaryButtonClass}>
        {revoke.pending ? t("revoking") : t("revoke")}
      </button>
      {revoke.error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {revoke.error.message}
        </p>
      )}
    </div>
  );
}
