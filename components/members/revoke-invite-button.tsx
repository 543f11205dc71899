"use client";

import { SECONDARY_BUTTON } from "@/components/form-field";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/http/action-result";
import type { RevokeInviteInput } from "@/lib/workspaces/revoke-invite";

type Props = { slug: string; inviteId: string; label: string; action: (slug: string, input: RevokeInviteInput) => Promise<ActionResult<unknown>> };

export function RevokeInviteButton({ slug, inviteId, label, action }: Props) {
  const { pending, error, run } = useAction((input: RevokeInviteInput) => action(slug, input));
  return (
    <div>
      <button type="button" disabled={pending} onClick={() => run({ inviteId }, () => undefined)} aria-label={label} className={SECONDARY_BUTTON}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error.message}
        </p>
      )}
    </div>
  );
}
