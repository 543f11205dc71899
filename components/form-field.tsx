import type { ReactNode } from "react";

export const INPUT = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600";
export const BUTTON = "rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60";
export const SECONDARY_BUTTON = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60";

export type ControlProps = { id: string; name: string; "aria-invalid": boolean; "aria-describedby": string | undefined };

/** A labelled control with its hint and the messages the last attempt left for it, wired up for screen readers. */
export function FormField(props: { name: string; label: ReactNode; hint?: ReactNode; errors: string[]; children: (control: ControlProps) => ReactNode }) {
  const { name, label, hint, errors, children } = props;
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, name, "aria-invalid": errors.length > 0, "aria-describedby": describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

/** The form-level message of a failed attempt (field messages sit next to their fields). */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      {message}
    </p>
  );
}
