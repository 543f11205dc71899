"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { primaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { AcceptInviteInput } from "@/lib/workspaces/accept-invite";

type Props = { token: string; workspace: string; action: (input: AcceptInviteInput) => Promise<ActionResult<{ slug: string }>> };

/** One click for someone already signed in. */
export function JoinButton({ token, workspace, action }: Props) {
  const t = useTranslations("auth.invite");
  const router = useRouter();
  const join = useActionForm(action, (joined) => router.push(`/w/${joined.slug}`));
  return (
    <div className="mt-6 space-y-3">
      <ErrorSummary error={join.error} fieldId={join.fieldId} feedbackRef={join.feedbackRef} />
      <button type="button" disabled={join.pending} onClick={() => join.submit({ token })} className={`w-full ${primaryButtonClass}`}>
        {join.pending ? t("joining") : t("join", { workspace })}
      </button>
    </div>
  );
}
