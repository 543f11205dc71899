import { useTranslations } from "next-intl";
import { FieldGroup } from "@/components/forms/field";
import type { FieldState } from "@/components/forms/use-action-form";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import { useWords } from "@/lib/i18n/use-words";

const CHANGE_KINDS: ChangeKind[] = ["policy_development", "correction"];

/** Policy development or correction: the distinction analysts filter history by. */
export function ChangeKindField({ form, value, onChange }: { form: FieldState; value?: ChangeKind; onChange?: (kind: ChangeKind) => void }) {
  const t = useTranslations("itemForms.changeKind");
  const words = useWords();
  return (
    <FieldGroup form={form} name="changeKind" legend={t("legend")}>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {CHANGE_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="changeKind"
              value={kind}
              className="mt-1"
              {...(onChange ? { checked: value === kind, onChange: () => onChange(kind) } : { defaultChecked: kind === "policy_development" })}
            />
            <span>
              {words.changeKind(kind)}
              <span className="block text-xs text-slate-600">{t(`hints.${kind}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
