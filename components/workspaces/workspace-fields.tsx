"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { inputClass } from "@/components/forms/styles";
import type { FieldState } from "@/components/forms/use-action-form";
import { slugFrom } from "@/lib/workspaces/slug-from";

export type WorkspaceFieldValues = { name: string; slug: string | null };

/**
 * A new workspace's name and address; the address follows the name until the person edits it. `prefix` is the fields'
 * path in the form's input ("workspace." in the first-run form).
 */
export function WorkspaceFields({ form, prefix = "", value, onChange }: { form: FieldState; prefix?: string; value: WorkspaceFieldValues; onChange: (value: WorkspaceFieldValues) => void }) {
  const t = useTranslations("members.workspace");
  const address = value.slug ?? slugFrom(value.name);
  return (
    <>
      <Field form={form} name={`${prefix}name`} label={prefix ? t("workspaceName") : t("name")} hint={t("nameHint")}>
        {(control) => <input {...control} name={`${prefix}name`} required value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} className={inputClass} />}
      </Field>
      <Field form={form} name={`${prefix}slug`} label={prefix ? t("workspaceAddress") : t("address")} hint={t("addressHint", { address: address || "…" })}>
        {(control) => <input {...control} name={`${prefix}slug`} required value={address} onChange={(e) => onChange({ ...value, slug: e.target.value })} className={inputClass} />}
      </Field>
    </>
  );
}

/** The address the fields show: the one typed, or the one made from the name. */
export const workspaceInput = (value: WorkspaceFieldValues) => ({ name: value.name, slug: value.slug ?? slugFrom(value.name) });
