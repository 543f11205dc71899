"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import { useWords } from "@/lib/i18n/use-words";
import type { CreateInviteInput, InviteDelivery } from "@/lib/workspaces/create-invite";
import { ROLE_ORDER } from "@/lib/workspaces/roles";
import { CopyLink } from "./copy-link";

type Created = { path: string; role: Role; email: string | null; expiresAt: Date; delivery: InviteDelivery };
const LABEL_KEYS: Record<string, "role" | "emailLabel" | "validFor"> = { role: "role", email: "emailLabel", expiresInDays: "validFor" };

type Props = { slug: string; action: (slug: string, input: CreateInviteInput) => Promise<ActionResult<Created>> };

/** What became of the email, and so whether the owner has to pass the link on. */
function deliveryNote(invite: Created, t: ReturnType<typeof useTranslations<"members.invite">>): string {
  const { delivery } = invite;
  const email = invite.email ?? "";
  if (delivery.sent) return t("emailed", { email });
  if (delivery.reason === "no_transport") return t("noTransport");
  if (delivery.reason === "failed") return t("failed", { email });
  return t("sendYourself");
}

/**
 * Creates an invite, which is emailed when it names an address, and shows its link once, to copy: only the token's
 * hash is stored, so the link cannot be shown again later.
 */
export function InviteForm({ slug, action }: Props) {
  const t = useTranslations("members.invite");
  const roles = useTranslations("common.roles");
  const words = useWords();
  const formElement = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<(Created & { url: string }) | null>(null);
  const form = useActionForm(
    (input: CreateInviteInput) => action(slug, input),
    (invite) => {
      setCreated({ ...invite, url: new URL(invite.path, window.location.origin).toString() });
      formElement.current?.reset();
    },
  );

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCreated(null);
    form.submit({
      role: String(data.get("role")) as Role,
      email: String(data.get("email") ?? ""),
      expiresInDays: Number(data.get("expiresInDays")),
    });
  }

  return (
    <div className="space-y-4">
      <form ref={formElement} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[12rem_1fr_8rem_auto] md:items-start" noValidate aria-label={t("formLabel")}>
        <Field form={form} name="role" label={t("role")}>
          {(control) => (
            <select {...control} name="role" defaultValue="analyst" className={inputClass}>
              {ROLE_ORDER.map((role) => (
                <option key={role} value={role}>
                  {words.role(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="email" label={t("email")} hint={t("emailHint")}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" className={inputClass} />}
        </Field>
        <Field form={form} name="expiresInDays" label={t("validFor")} hint={t("validForHint")}>
          {(control) => <input {...control} name="expiresInDays" type="number" min={1} max={30} defaultValue={7} className={inputClass} />}
        </Field>
        <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} className={`${primaryButtonClass} md:mt-6`} />
      </form>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
      {created && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <p className="mb-2 text-sm font-medium text-emerald-900">
            {t("created", { email: created.email ?? t("anyone"), role: roles(`${created.role}.inSentence`) })}
          </p>
          <CopyLink id="invite-link" label={t("link")} url={created.url} />
          <p role="status" className="text-sm text-slate-800">
            {deliveryNote(created, t)} {t("shownOnce", { expiresAt: words.recordedAt(created.expiresAt) })}
          </p>
        </div>
      )}
    </div>
  );
}
