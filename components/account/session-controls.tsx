"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { dangerButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { EndSessionInput } from "@/lib/accounts/end-session";
import type { ActionResult } from "@/lib/http/action-result";

/** The session this page was loaded with has ended: on to the sign-in page. */
function useSignedOut() {
  const router = useRouter();
  return () => {
    router.replace("/sign-in");
    router.refresh();
  };
}

type EndProps = { sessionId: string; label: string; current: boolean; action: (input: EndSessionInput) => Promise<ActionResult<{ current: boolean }>> };

/** Ends one session; ending the one in use signs this browser out. */
export function EndSessionButton({ sessionId, label, current, action }: EndProps) {
  const t = useTranslations("account.sessions");
  const signedOut = useSignedOut();
  const end = useActionForm(action, (result) => {
    if (result.current) signedOut();
  });
  return (
    <div>
      <button type="button" disabled={end.pending} onClick={() => end.submit({ sessionId })} aria-label={label} className={secondaryButtonClass}>
        {end.pending ? t("ending") : current ? t("signOut") : t("end")}
      </button>
      {end.error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {end.error.message}
        </p>
      )}
    </div>
  );
}

type EverywhereProps = { action: () => Promise<ActionResult<{ sessionsEnded: number }>> };

/** Ends every session of the person, this one included, after a confirmation. */
export function SignOutEverywhereButton({ action }: EverywhereProps) {
  const t = useTranslations("account.sessions");
  const [confirming, setConfirming] = useState(false);
  const signedOut = useSignedOut();
  const everywhere = useActionForm(() => action(), signedOut);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={dangerButtonClass}>
        {t("everywhere")}
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t("everywhereConfirm")}</span>
      <button type="button" disabled={everywhere.pending} onClick={() => everywhere.submit(undefined)} className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
        {everywhere.pending ? t("everywhereSigningOut") : t("everywhereYes")}
      </button>
      <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
        {t("cancel")}
      </button>
      {everywhere.error && (
        <p role="alert" className="w-full text-red-800">
          {everywhere.error.message}
        </p>
      )}
    </div>
  );
}
