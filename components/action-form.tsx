"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import type { ErrorBody } from "@/lib/http/error-response";

type Problem = ErrorBody["error"];

/**
 * State for a form that calls a server action: pending while it runs, then the result's data, or its message and
 * field errors to show next to the fields.
 */
export function useActionForm() {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function run<T>(call: () => Promise<ActionResult<T>>): Promise<T | undefined> {
    setPending(true);
    setProblem(null);
    try {
      const result = await call();
      if (result.ok) return result.data;
      setProblem(result.error);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  const fieldErrors = (name: string) => problem?.fields?.[name] ?? [];
  /** aria props for a field: invalid while it has errors, described by them (and by a hint, if any). */
  const fieldProps = (id: string, name: string, hint?: string) => ({
    "aria-invalid": fieldErrors(name).length > 0 || undefined,
    "aria-describedby": [fieldErrors(name).length > 0 && `${id}-error`, hint].filter(Boolean).join(" ") || undefined,
  });
  return { pending, problem, run, fieldErrors, fieldProps };
}

/** The action's message, unless a field already shows the same words. */
export function FormProblem({ problem }: { problem: Problem | null }) {
  if (!problem || Object.values(problem.fields ?? {}).flat().includes(problem.message)) return null;
  return <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">{problem.message}</p>;
}

export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{errors.join(" ")}</p>;
}
