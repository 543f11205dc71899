"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";

export type ActionError = Extract<ActionResult<unknown>, { ok: false }>["error"];

const UNREACHABLE: ActionError = { code: "internal", message: "The server could not be reached. Nothing was saved; try again." };

/** Runs a server action from a form or button: pending state, and the error it returned with its field messages. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function run(input: I, onSuccess: (data: T) => void | Promise<void>) {
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(input);
      } catch {
        setError(UNREACHABLE);
        return;
      }
      setError(result.ok ? null : result.error);
      if (result.ok) await onSuccess(result.data);
    });
  }
  return { pending, error, run, setError, fieldErrors: (name: string) => error?.fields?.[name] ?? [] };
}
