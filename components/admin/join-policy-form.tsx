"use client";

import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, FieldGroup } from "@/components/forms/field";
import { choiceValue, textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { JOIN_POLICIES } from "@/lib/accounts/join-policy-labels";
import type { JoinPolicyInput } from "@/lib/admin/update-join-policy";
import type { JoinPolicy } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";

const LABELS: Record<string, string> = { joinPolicy: "Who may join", allowedDomains: "Email domains" };

type Props = {
  joinPolicy: JoinPolicy;
  allowedDomains: string[];
  action: (input: JoinPolicyInput) => Promise<ActionResult<{ joinPolicy: JoinPolicy; allowedDomains: string[] }>>;
};

export function JoinPolicyForm({ joinPolicy, allowedDomains, action }: Props) {
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
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Who may join">
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => LABELS[field]} />
      <FieldGroup form={form} name="joinPolicy" legend="Who may make an account">
        <div className="mt-2 space-y-2">
          {(Object.keys(JOIN_POLICIES) as JoinPolicy[]).map((policy) => (
            <label key={policy} className="flex gap-2 text-sm">
              <input type="radio" name="joinPolicy" value={policy} checked={chosen === policy} onChange={() => setChosen(policy)} className="mt-1" />
              <span>
                <span className="font-medium">{JOIN_POLICIES[policy].label}</span>
                <span className="block text-slate-700">{JOIN_POLICIES[policy].description}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldGroup>
      {chosen === "domains" && (
        <Field form={form} name="allowedDomains" label="Email domains" hint="One per line, e.g. example.org. Addresses at subdomains are not included.">
          {(control) => <textarea {...control} name="allowedDomains" rows={3} defaultValue={allowedDomains.join("\n")} className={inputClass} />}
        </Field>
      )}
      <div className="flex items-center gap-3">
        <SubmitButton pending={form.pending} label="Save" pendingLabel="Saving…" className={primaryButtonClass} />
        <p role="status" className="text-sm text-emerald-800">
          {saved ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
