"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldGroup } from "@/components/forms/field";
import { primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { UpdateLocaleInput } from "@/lib/accounts/update-locale";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

type Props = { locale: Locale | null; action: (input: UpdateLocaleInput) => Promise<ActionResult<{ locale: Locale | null }>> };

/** The language of the interface: one of ours, or "browser" for whatever the browser asks for (stored as null). */
export function LanguageForm({ locale, action }: Props) {
  const t = useTranslations("account.language");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  // The page is rendered again in the new language, on a fresh request (the action's own request resolved the old one).
  const form = useActionForm(action, () => {
    setSaved(true);
    router.refresh();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("locale");
    setSaved(false);
    form.submit({ locale: value === "browser" ? null : (value as Locale) });
  }

  const choices = [{ value: "browser", label: t("browser") }, ...LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))];
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t("legend")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={() => t("legend")} />
      <FieldGroup form={form} name="locale" legend={t("legend")} hint={t("hint")}>
        <div className="mt-2 space-y-2">
          {choices.map((choice) => (
            <label key={choice.value} className="flex gap-2 text-sm">
              <input type="radio" name="locale" value={choice.value} defaultChecked={(locale ?? "browser") === choice.value} className="mt-1" />
              {/* Each language in its own name and script, so a person finds theirs whatever the page is in. */}
              <span lang={choice.value === "browser" ? undefined : choice.value}>{choice.label}</span>
            </label>
          ))}
        </div>
      </FieldGroup>
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} label={t("save")} pendingLabel={t("saving")} className={primaryButtonClass} />
        <p role="status" className="text-sm text-emerald-800">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
