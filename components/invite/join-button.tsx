"use client";

import { useRouter } from "next/navigation";
import { BUTTON, FormAlert } from "@/components/form-field";
import { useAction } from "@/components/use-action";
import type { ActionResult } from "@/lib/http/action-result";
import type { AcceptInviteInput } from "@/lib/workspaces/accept-invite";

type Props = { token: string; workspace: string; action: (input: AcceptInviteInput) => Promise<ActionResult<{ slug: string }>> };

/** One click for someone already signed in. */
export function JoinButton({ token, workspace, action }: Props) {
  const router = useRouter();
  const { pending, error, run } = useAction(action);
  return (
    <div className="mt-6 space-y-3">
      <FormAlert message={error?.message} />
      <button type="button" disabled={pending} onClick={() => run({ token }, (joined) => router.push(`/w/${joined.slug}`))} className={`w-full ${BUTTON}`}>
        {pending ? "Joining…" : `Join ${workspace}`}
      </button>
    </div>
  );
}
