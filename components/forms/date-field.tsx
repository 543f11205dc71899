import { inputClass } from "@/components/forms/styles";

/** A labelled date input of a query form, with its first error message tied to it (aria-describedby). */
export function DateField({ id, name, label, defaultValue, errors }: { id: string; name: string; label: string; defaultValue?: string; errors: string[] | undefined }) {
  const error = errors?.[0];
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
      <FieldMessage id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A query-form field's first error message, under the field whose aria-describedby names `id`. */
export function FieldMessage({ id, errors }: { id: string; errors: string[] | undefined }) {
  return errors?.[0] ? (
    <p id={id} className="mt-1 text-xs text-red-800">
      {errors[0]}
    </p>
  ) : null;
}
