import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass } from "@/components/forms/styles";
import type { FieldState } from "@/components/forms/use-action-form";
import type { ItemFields } from "@/lib/tracking/item-input";
import { joinList, splitCodes, splitTags } from "@/lib/tracking/list-input";
import { JURISDICTION_DATALIST_ID } from "./jurisdiction-datalist";

export type ItemFieldValues = ItemFields;

/** The item's editable fields; their labels are the "itemForms.fields" messages. */
export const ITEM_FIELDS = ["title", "summary", "implementingJurisdictions", "affectedJurisdictions", "tags"] as const satisfies readonly (keyof ItemFieldValues)[];

type ItemFormsTranslator = ReturnType<typeof useTranslations<"itemForms">>;

/** The item's fields as the form shows them: lists as one line of text. */
export function itemFieldTexts(values: ItemFieldValues): Record<keyof ItemFieldValues, string> {
  return {
    title: values.title,
    summary: values.summary,
    implementingJurisdictions: joinList(values.implementingJurisdictions),
    affectedJurisdictions: joinList(values.affectedJurisdictions),
    tags: joinList(values.tags),
  };
}

export function readItemFields(data: FormData): ItemFieldValues {
  return {
    title: textValue(data, "title"),
    summary: textValue(data, "summary"),
    implementingJurisdictions: splitCodes(textValue(data, "implementingJurisdictions")),
    affectedJurisdictions: splitCodes(textValue(data, "affectedJurisdictions")),
    tags: splitTags(textValue(data, "tags")),
  };
}

/**
 * The editable fields of an item, shared by the create and edit forms. `errorPrefix` is where the action's input
 * holds them ("fields." for an edit), so each field finds its messages.
 */
export function ItemFieldInputs({ form, defaults, errorPrefix = "" }: { form: FieldState; defaults: ItemFieldValues; errorPrefix?: string }) {
  const text = itemFieldTexts(defaults);
  const t = useTranslations("itemForms");
  return (
    <div className="space-y-4">
      <Field form={form} name={`${errorPrefix}title`} label={t("fields.title")}>
        {(control) => <input {...control} name="title" type="text" required maxLength={300} defaultValue={text.title} className={inputClass} />}
      </Field>
      <Field form={form} name={`${errorPrefix}summary`} label={t("fields.summary")} optional>
        {(control) => <textarea {...control} name="summary" rows={3} maxLength={5000} defaultValue={text.summary} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field form={form} name={`${errorPrefix}implementingJurisdictions`} label={t("fields.implementingJurisdictions")} hint={t("codesHint")}>
          {(control) => (
            <input
              {...control}
              name="implementingJurisdictions"
              type="text"
              required
              autoComplete="off"
              list={JURISDICTION_DATALIST_ID}
              defaultValue={text.implementingJurisdictions}
              className={inputClass}
            />
          )}
        </Field>
        <Field form={form} name={`${errorPrefix}affectedJurisdictions`} label={t("fields.affectedJurisdictions")} hint={t("codesHint")} optional>
          {(control) => (
            <input
              {...control}
              name="affectedJurisdictions"
              type="text"
              autoComplete="off"
              list={JURISDICTION_DATALIST_ID}
              defaultValue={text.affectedJurisdictions}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field form={form} name={`${errorPrefix}tags`} label={t("fields.tags")} hint={t("tagsHint")} optional>
        {(control) => <input {...control} name="tags" type="text" autoComplete="off" defaultValue={text.tags} className={inputClass} />}
      </Field>
    </div>
  );
}

/** Error-summary labels for the item fields. */
export function itemFieldLabel(t: ItemFormsTranslator, name: string, errorPrefix = ""): string | undefined {
  const field = ITEM_FIELDS.find((f) => `${errorPrefix}${f}` === name);
  return field && t(`fields.${field}`);
}
