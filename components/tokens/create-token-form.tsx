"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { CopyLink } from "@/components/members/copy-link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, FieldGroup } from "@/components/forms/field";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TokenScope } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import { useWords } from "@/lib/i18n/use-words";
import type { CreateApiTokenInput } from "@/lib/tokens/create-api-token";

type Created = { name: string; scope: TokenScope; expiresAt: Date; token: string };
const LABEL_KEYS: Record<string, "name" | "access" | "validFor"> = { name: "name", scope: "access", expiresInDays: "validFor" };

type Props = { slug: string; role: string; action: (slug: string, input: CreateApiTokenInput) => Promise<ActionResult<Created>> };

/** Makes a token and shows it once, to copy: only its hash is kept, so it cannot be shown again. */
export function CreateTokenForm({ slug, role, action }: Props) {
  const t = useTranslations("workspaceSettings.tokens");
  const words = useWords();
  const formElement = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const form = useActionForm(
    (input: CreateApiTokenInput) => action(slug, input),
    (token) => {
      setCreated(token);
      formElement.current?.reset();
    },
  );

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCreated(null);
    form.submit({ name: String(data.get("name") ?? ""), scope: String(data.get("scope")) as TokenScope, expiresInDays: Number(data.get("expiresInDays")) });
  }

  return (
    <div className="space-y-4">
      <form ref={formElement} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-[1fr_16rem_8rem_auto] md:items-start" noValidate aria-label={t("formLabel")}>
        <Field form={form} name="name" label={t("name")} hint={t("nameHint")}>
          {(control) => <input {...control} name="name" maxLength={80} autoComplete="off" className={inputClass} />}
        </Field>
        <FieldGroup form={form} name="scope" legend={t("access")} hint={t("accessHint", { role })}>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="read" defaultChecked /> {t("readOnly")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="write" /> {t("readWrite")}
          </label>
        </FieldGroup>
        <Field form={form} name="expiresInDays" label={t("validFor")} hint={t("validForHint")}>
          {(control) => <input {...control} name="expiresInDays" type="number" min={1} max={366} defaultValue={90} className={inputClass} />}
        </Field>
        <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} className={`${primaryButtonClass} md:mt-6`} />
      </form>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
      {created && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <p className="mb-2 text-sm font-medium text-emerald-900">
            {t("createdNote", { name: created.name, access: created.scope === "read" ? t("readOnlyLower") : t("readWriteLower"), expiresAt: words.recordedAt(created.expiresAt) })}
          </p>
          <CopyLink id="new-token" label={t("newToken")} url={created.token} copyLabel={t("copy")} />
          <p className="text-sm text-slate-800">{t.rich("copyNow", { code: (chunks) => <code>{chunks}</code> })}</p>
        </div>
      )}
    </div>
  );
}
