"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, FieldGroup } from "@/components/forms/field";
import { choiceValue, textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { JoinPolicyInput } from "@/lib/admin/update-join-policy";
import type { JoinPolicy } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";

const LABEL_KEYS: Record<string, "formLabel" | "domains"> = { joinPolicy: "formLabel", allowedDomains: "domains" };

const POLICIES: JoinPolicy[] = ["invite_only", "open", "domains"];

type Props = {
  joinPolicy: JoinPolicy;
  allowedDomains: string[];
  action: (input: JoinPolicyInput) => Promise<ActionResult<{ joinPolicy: JoinPolicy; allowedDomains: string[] }>>;
};

export function JoinPolicyForm({ joinPolicy, allowedDomains, action }: Props) {
  const t = useTranslations("admin.join");
  const [chosen, setChosen] = useState<JoinPolicy>(joinPolicy);
  const [saved, setSaved] = useState(false);
  const form = useActionForm(action, () => setSaved(true));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    form.submit({ joinPolicy: choiceValue<JoinPolicy>(data, "joinPolicy"), allowedDomains: textValue(data, "allowedDomains") });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("formLabel")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
      <FieldGroup form={form} name="joinPolicy" legend={t("legend")}>
        <div className="mt-2 space-y-2">
          {POLICIES.map((policy) => (
            <label key={policy} className="flex gap-2 text-sm">
              <input type="radio" name="joinPolicy" value={policy} checked={chosen === policy} onChange={() => setChosen(policy)} className="mt-1" />
              <span>
                <span className="font-medium">{t(`policies.${policy}.label`)}</span>
                <span className="block text-slate-700">{t(`policies.${policy}.description`)}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldGroup>
      {chosen === "domains" && (
        <Field form={form} name="allowedDomains" label={t("domains")} hint={t("domainsHint")}>
          {(control) => <textarea {...control} name="allowedDomains" rows={3} defaultValue={allowedDomains.join("\n")} className={inputClass} />}
        </Field>
      )}
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} label={t("save")} pendingLabel={t("saving")} className={primaryButtonClass} />
        <p role="status" className="text-sm text-emerald-800">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
