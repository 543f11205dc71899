import type { ActionError } from "./use-action-form";

/**
 * The failed attempt's message and every field message, linked to its field where the form names it. It takes focus
 * when it appears (see useActionForm), so the reason is the first thing a keyboard or screen-reader user meets.
 */
export function ErrorSummary(props: {
  error: ActionError | null;
  fieldId: (name: string) => string;
  feedbackRef: React.RefObject<HTMLDivElement | null>;
  labelFor?: (name: string) => string | undefined;
}) {
  const { error, fieldId, feedbackRef, labelFor } = props;
  if (!error) return null;
  const fields = Object.entries(error.fields ?? {});
  return (
    <div ref={feedbackRef} tabIndex={-1} role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="font-medium">{error.message}</p>
      {fields.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {fields.map(([name, messages]) => {
            const label = labelFor?.(name);
            const text = messages.join(" ");
            return (
              <li key={name}>
                {label ? (
                  <a href={`#${fieldId(name)}`} className="underline hover:no-underline">
                    {label}: {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
