"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionedFeedback } from "@/components/forms/versioned-feedback";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import type { ActionResult } from "@/lib/http/action-result";
import type { SetArchivedInput } from "@/lib/tracking/set-archived";

type Props = {
  item: { id: string; version: number; archived: boolean };
  names: DiffNames;
  action: (input: SetArchivedInput) => Promise<ActionResult<{ version: number }>>;
};

/** Archives the item (it leaves the tracker, nothing is deleted) or, when archived, restores it. */
export function ArchiveForm({ item, names, action }: Props) {
  const form = useActionForm(action);
  const archive = !item.archived;
  const t = useTranslations("itemForms");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.submit({ itemId: item.id, expectedVersion: item.version, archived: archive, reason: textValue(data, "reason") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <VersionedFeedback form={form} names={names} describe={(input, words) => describeDiff({ archived: { before: !input.archived, after: input.archived } }, names, words)} />
      <Field form={form} name="reason" label={archive ? t("archive.why") : t("restore.why")} optional>
        {(control) => <input {...control} name="reason" type="text" maxLength={2000} className={inputClass} />}
      </Field>
      <SubmitButton
        pending={form.pending}
        label={archive ? t("archive.submit") : t("restore.submit")}
        pendingLabel={archive ? t("archive.pending") : t("restore.pending")}
        className={secondaryButtonClass}
      />
    </form>
  );
}
