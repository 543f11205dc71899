"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";

export type ActionError = Extract<ActionResult<unknown>, { ok: false }>["error"];

export type FieldSuggestion = NonNullable<ActionError["suggestions"]>[string];

/**
 * What a field needs from its form: a stable id for its name, the messages the last attempt left for it and the value
 * the domain suggested for it, if any (the nearest passage to a quotation that was not found).
 */
export type FieldState = {
  fieldId: (name: string) => string;
  errorsFor: (name: string) => string[];
  suggestionFor?: (name: string) => FieldSuggestion | undefined;
};

export type ActionForm<I> = FieldState & {
  pending: boolean;
  error: ActionError | null;
  /** The input of the last attempt, kept so a conflict can show it and re-apply it. */
  submitted: I | null;
  submit: (input: I) => void;
  /** Where focus goes when an attempt fails, so keyboard and screen-reader users land on the explanation. */
  feedbackRef: React.RefObject<HTMLDivElement | null>;
};


/**
 * Runs a server action for a form: pending state, the error it returned (field messages keyed by zod path, conflict
 * details), and the submitted input. The page's data is refreshed by the action itself (revalidatePath).
 */
export function useActionForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void): ActionForm<I> {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [submitted, setSubmitted] = useState<I | null>(null);
  const t = useTranslations("forms");
  const feedbackRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (error) feedbackRef.current?.focus();
  }, [error]);

  return {
    pending,
    error,
    submitted,
    feedbackRef,
    fieldId: (name) => `${id}-${name.replaceAll(".", "-")}`,
    errorsFor: (name) => error?.fields?.[name] ?? [],
    suggestionFor: (name) => error?.suggestions?.[name],
    submit: (input) => {
      setSubmitted(input);
      startTransition(async () => {
        let result: ActionResult<T>;
        try {
          result = await action(input);
        } catch {
          setError({ code: "internal", message: t("unreachable") });
          return;
        }
        if (result.ok) {
          setError(null);
          onSuccess?.(result.data);
        } else {
          setError(result.error);
        }
      });
    },
  };
}
