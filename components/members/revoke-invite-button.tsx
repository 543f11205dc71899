"use client";

import { secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { RevokeInviteInput } from "@/lib/workspaces/revoke-invite";

type Props = { slug: string; inviteId: string; label: string; action: (slug: string, input: RevokeInviteInput) => Promise<ActionResult<unknown>> };

export function RevokeInviteButton({ slug, inviteId, label, action }: Props) {
  const revoke = useActionForm((input: RevokeInviteInput) => action(slug, input));
  return (
    <div>
      <button type="button" disabled={revoke.pending} onClick={() => revoke.submit({ inviteId })} aria-label={label} className={secondaryButtonClass}>
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
