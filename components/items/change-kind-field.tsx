import { FieldGroup } from "@/components/forms/field";
import type { FieldState } from "@/components/forms/use-action-form";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import { CHANGE_KIND_LABELS } from "@/lib/history/describe-diff";

const HINTS: Record<ChangeKind, string> = {
  policy_development: "Something happened in the world.",
  correction: "What we recorded was wrong.",
};

/** Policy development or correction: the distinction analysts filter history by. */
export function ChangeKindField({ form, value, onChange }: { form: FieldState; value?: ChangeKind; onChange?: (kind: ChangeKind) => void }) {
  return (
    <FieldGroup form={form} name="changeKind" legend="Type of change">
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {(Object.keys(CHANGE_KIND_LABELS) as ChangeKind[]).map((kind) => (
          <label key={kind} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="changeKind"
              value={kind}
              className="mt-1"
              {...(onChange ? { checked: value === kind, onChange: () => onChange(kind) } : { defaultChecked: kind === "policy_development" })}
            />
            <span>
              {CHANGE_KIND_LABELS[kind]}
              <span className="block text-xs text-slate-600">{HINTS[kind]}</span>
            </span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
