"use client";

import { useWords } from "@/lib/i18n/use-words";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { choiceValue } from "@/components/forms/form-data";
import { inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateItemInput } from "@/lib/tracking/item-input";
import { ITEM_KINDS } from "@/lib/tracking/kinds";
import { ItemFieldInputs, itemFieldLabel, readItemFields } from "./item-field-inputs";

const EMPTY = { title: "", summary: "", implementingJurisdictions: [], affectedJurisdictions: [], tags: [] };

export function CreateItemForm({
  slug,
  action,
}: {
  slug: string;
  action: (input: CreateItemInput) => Promise<ActionResult<{ id: string; version: number }>>;
}) {
  const router = useRouter();
  const form = useActionForm(action, (created) => router.push(`/w/${slug}/items/${created.id}`));
  const t = useTranslations("itemForms");
  const words = useWords();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ kind: choiceValue<ItemKind>(data, "kind"), ...readItemFields(data) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(name) => (name === "kind" ? t("kind") : itemFieldLabel(t, name))} />
      <Field form={form} name="kind" label={t("kind")} hint={t("kindHint")}>
        {(control) => (
          <select {...control} name="kind" required defaultValue="" className={inputClass}>
            <option value="" disabled>
              {t("chooseKind")}
            </option>
            {ITEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {words.kind(kind)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ItemFieldInputs form={form} defaults={EMPTY} />
      <div className="flex items-center gap-3 pt-2">
        <SubmitButton pending={form.pending} label={t("create")} pendingLabel={t("creating")} />
      </div>
    </form>
  );
}
