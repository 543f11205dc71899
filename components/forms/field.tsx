import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldState } from "./use-action-form";

export type ControlProps = {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
};

function describedBy(id: string, hint: ReactNode, errors: string[]): string | undefined {
  return [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ id, hint, errors }: { id: string; hint: ReactNode; errors: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </>
  );
}

/**
 * A labelled control with its hint and its error messages, wired up with aria-describedby. `name` is the field's zod
 * path (e.g. "citations.0.excerpt"), which is how the domain reports errors.
 */
export function Field(props: {
  form: FieldState;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const { form, name, label, hint, optional, className, children } = props;
  const id = form.fieldId(name);
  const errors = form.errorsFor(name);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {optional && <OptionalMark />}
      </label>
      {children({ id, "aria-invalid": errors.length > 0, "aria-describedby": describedBy(id, hint, errors) })}
      <Messages id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** A group of controls (radios, a repeated citation) under one legend, with the group's own messages. */
export function FieldGroup(props: { form: FieldState; name: string; legend: ReactNode; hint?: ReactNode; className?: string; children: ReactNode }) {
  const { form, name, legend, hint, className, children } = props;
  const id = form.fieldId(name);
  const errors = form.errorsFor(name);
  return (
    <fieldset id={id} aria-describedby={describedBy(id, hint, errors)} className={className}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      <Messages id={id} hint={hint} errors={errors} />
      {children}
    </fieldset>
  );
}

/** "(optional)" after a label. */
function OptionalMark() {
  const t = useTranslations("forms");
  return <span className="ml-1 font-normal text-slate-600">{t("optional")}</span>;
}
