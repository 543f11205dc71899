"use client";

import { secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { RevokeApiTokenInput } from "@/lib/tokens/revoke-api-token";

type Props = { slug: string; tokenId: string; label: string; action: (slug: string, input: RevokeApiTokenInput) => Promise<ActionResult<unknown>> };

export function RevokeTokenButton({ slug, tokenId, label, action }: Props) {
  const revoke = useActionForm((input: RevokeApiTokenInput) => action(slug, input));
  return (
    <div>
      <button type="button" disabled={revoke.pending} onClick={() => revoke.submit({ tokenId })} aria-label={label} className={secondaryButtonClass}>
        {revoke.pending ? "Revoking…" : "Revoke"}
      </button>
      {revoke.error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {revoke.error.message}
        </p>
      )}
    </div>
  );
}
