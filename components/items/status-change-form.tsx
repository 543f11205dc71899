"use client";

import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { useState } from "react";
import { Field, FieldGroup } from "@/components/forms/field";
import { choiceValue, textValue } from "@/components/forms/form-data";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionedFeedback } from "@/components/forms/versioned-feedback";
import type { ChangeKind, ItemKind } from "@/lib/generated/prisma/enums";
import { describeDiff, type DiffNames } from "@/lib/history/describe-diff";
import type { ActionResult } from "@/lib/http/action-result";
import type { RecordStatusChangeInput } from "@/lib/tracking/record-status-change";
import { ChangeKindField } from "./change-kind-field";
import { CitationInputs, readCitation, type InitialCitation } from "./citation-inputs";

type StatusFormTranslator = ReturnType<typeof useTranslations<"itemForms.status">>;

const FIELDS = ["status", "effectiveOn", "announcedOn", "note", "citations", "reason", "correctsEventId"] as const;

function labelFor(t: StatusFormTranslator, name: string): string | undefined {
  const citation = /^citations\.(\d+)\.(sourceId|excerpt)$/.exec(name);
  if (citation) return t(citation[2] === "sourceId" ? "citationSource" : "citationExcerpt", { number: Number(citation[1]) + 1 });
  const field = FIELDS.find((f) => f === name);
  return field && t(`labels.${field}`);
}

type Props = {
  item: { id: string; version: number; kind: ItemKind };
  /** The current statuses, which a correction can replace. */
  events: { id: string; label: string }[];
  slug: string;
  names: DiffNames;
  action: (input: RecordStatusChangeInput) => Promise<ActionResult<{ eventId: string; version: number }>>;
  /** A passage chosen on a source page, to cite in the first citation. */
  initialCitation?: InitialCitation;
};

export function StatusChangeForm({ item, events, slug, names, action, initialCitation }: Props) {
  const form = useActionForm(action);
  const t = useTranslations("itemForms.status");
  const words = useWords();
  const [rows, setRows] = useState([0]);
  const [noSource, setNoSource] = useState(false);
  const [changeKind, setChangeKind] = useState<ChangeKind>("policy_development");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const citations = noSource ? [] : rows.map((_, index) => readCitation(data, `citations.${index}.`));
    const correctsEventId = changeKind === "correction" ? textValue(data, "correctsEventId") : "";
    form.submit({
      itemId: item.id,
      expectedVersion: item.version,
      status: textValue(data, "status"),
      effectiveOn: textValue(data, "effectiveOn"),
      announcedOn: textValue(data, "announcedOn").trim() || undefined,
      note: textValue(data, "note"),
      reason: textValue(data, "reason"),
      changeKind: choiceValue<ChangeKind>(data, "changeKind"),
      correctsEventId: correctsEventId || undefined,
      // Untouched citation rows are not a citation; the domain then asks for one or for "no source yet".
      citations: citations.every((c) => !c.sourceId && !c.excerpt) ? [] : citations,
      noSourceYet: noSource,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <VersionedFeedback
        form={form}
        names={names}
        labelFor={(name) => labelFor(t, name)}
        describe={(input, w) =>
          describeDiff(
            {
              status: { before: null, after: input.status },
              effectiveOn: { before: null, after: input.effectiveOn },
              announcedOn: { before: null, after: input.announcedOn ?? null },
              note: { before: null, after: input.note ?? null },
              citations: { before: null, after: input.citations ?? [] },
            },
            names,
            w,
          )
        }
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field form={form} name="status" label={t("labels.status")}>
          {(control) => (
            <select {...control} name="status" defaultValue="" className={inputClass}>
              <option value="">{t("chooseStatus")}</option>
              {words.statusesOf(item.kind).map((status) => (
                <option key={status.value} value={status.value}>
                  {status.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="effectiveOn" label={t("labels.effectiveOn")} hint={t("dateHint")}>
          {(control) => <input {...control} name="effectiveOn" type="text" inputMode="numeric" placeholder="2023-05" autoComplete="off" className={inputClass} />}
        </Field>
        <Field form={form} name="announcedOn" label={t("labels.announcedOn")} hint={t("dateHint")} optional>
          {(control) => <input {...control} name="announcedOn" type="text" inputMode="numeric" autoComplete="off" className={inputClass} />}
        </Field>
      </div>
      <Field form={form} name="note" label={t("labels.note")} optional>
        {(control) => <textarea {...control} name="note" rows={2} maxLength={2000} className={inputClass} />}
      </Field>
      <FieldGroup form={form} name="citations" legend={t("evidence")} hint={t("evidenceHint")} className="space-y-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="noSourceYet" checked={noSource} onChange={(event) => setNoSource(event.target.checked)} />
          {t("noSourceYet")} <span className="text-slate-600">{t("noSourceYetHint")}</span>
        </label>
        <div hidden={noSource} className="space-y-3">
          {rows.map((key, index) => (
            <CitationInputs
              key={key}
              form={form}
              prefix={`citations.${index}.`}
              slug={slug}
              legend={t("citation", { number: index + 1 })}
              onRemove={rows.length > 1 ? () => setRows(rows.filter((k) => k !== key)) : undefined}
              initial={key === 0 ? initialCitation : undefined}
            />
          ))}
          <button type="button" onClick={() => setRows([...rows, Math.max(...rows) + 1])} className={secondaryButtonClass}>
            {t("addCitation")}
          </button>
        </div>
      </FieldGroup>
      <Field form={form} name="reason" label={t("labels.reason")} hint={t("reasonHint")}>
        {(control) => <textarea {...control} name="reason" rows={2} required maxLength={2000} className={inputClass} />}
      </Field>
      <ChangeKindField form={form} value={changeKind} onChange={setChangeKind} />
      {changeKind === "correction" && (
        <Field form={form} name="correctsEventId" label={t("labels.correctsEventId")} hint={t("replacesHint")} optional>
          {(control) => (
            <select {...control} name="correctsEventId" defaultValue="" className={inputClass}>
              <option value="">{t("replacesNone")}</option>
              {events.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
