"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionedFeedback } from "@/components/forms/versioned-feedback";
import type { RelationType } from "@/lib/generated/prisma/enums";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import type { ActionResult } from "@/lib/http/action-result";
import type { RemoveRelationInput } from "@/lib/tracking/relations";

type Props = {
  item: { id: string; version: number };
  relation: { id: string; type: RelationType; toItemId: string; note: string; description: string };
  names: DiffNames;
  action: (input: RemoveRelationInput) => Promise<ActionResult<{ version: number }>>;
};

/** Ends a relation of this item (it stays in the record, marked removed). */
export function RemoveRelationForm({ item, relation, names, action }: Props) {
  const form = useActionForm(action);
  const { id, description, ...snapshot } = relation;
  const t = useTranslations("itemForms.relation");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit({ itemId: item.id, expectedVersion: item.version, relationId: id });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline">
      <SubmitButton
        pending={form.pending}
        label={t("remove")}
        pendingLabel={t("removing")}
        ariaLabel={t("removeLabel", { description })}
        className="rounded px-2 py-0.5 text-sm text-red-800 underline hover:bg-red-50 disabled:opacity-60"
      />
      <div className="mt-2 empty:hidden">
        <VersionedFeedback form={form} names={names} describe={(_, words) => describeDiff({ relation: { before: snapshot, after: null } }, names, words)} />
      </div>
    </form>
  );
}
