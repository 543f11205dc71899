"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { dangerButtonClass, inputClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionedFeedback } from "@/components/forms/versioned-feedback";
import type { DiffNames } from "@/lib/history/describe-diff";
import type { ActionResult } from "@/lib/http/action-result";
import type { RevertChangeInput } from "@/lib/history/revert-change";

type Props = {
  item: { id: string; version: number };
  changeId: string;
  names: DiffNames;
  action: (input: RevertChangeInput) => Promise<ActionResult<{ version: number }>>;
};

/** Undoes an earlier change with a new change that names it; nothing is erased. */
export function RevertChangeForm({ item, changeId, names, action }: Props) {
  const form = useActionForm(action);
  const t = useTranslations("itemForms.revert");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ changeId, expectedVersion: item.version, reason: textValue(data, "reason") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <VersionedFeedback
        form={form}
        names={names}
        describe={(input) => [{ field: "revert", label: t("label"), before: [], after: [t("change", { id: String(input.changeId) })] }]}
      />
      <Field form={form} name="reason" label={t("why")} optional>
        {(control) => <input {...control} name="reason" type="text" maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton pending={form.pending} label={t("submit", { id: changeId })} pendingLabel={t("pending")} className={dangerButtonClass} />
    </form>
  );
}
