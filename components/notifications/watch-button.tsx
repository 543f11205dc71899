"use client";

import { secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { WatchTarget } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import type { UnwatchInput, WatchInput } from "@/lib/watches/watches";

type Props = {
  target: WatchTarget;
  targetId: string;
  /** The caller's watch of it, if they watch it. */
  watchId: string | null;
  watch: (input: WatchInput) => Promise<ActionResult<unknown>>;
  unwatch: (input: UnwatchInput) => Promise<ActionResult<unknown>>;
};

const WHAT: Record<WatchTarget, string> = {
  item: "changes to this item and its discussion",
  source: "changes to this source",
  view: "items that newly match this view or change in it",
};

/** Watch or stop watching an item, a source or a view; the page's data refreshes with the new state. */
export function WatchButton({ target, targetId, watchId, watch, unwatch }: Props) {
  const watching = watchId !== null;
  const form = useActionForm<WatchInput | UnwatchInput, unknown>((input) => ("watchId" in input ? unwatch(input) : watch(input)));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(watchId ? { watchId } : { target, targetId });
      }}
      className="inline-flex items-center gap-2"
      data-watch=""
    >
      <button type="submit" disabled={form.pending} title={`Be notified of ${WHAT[target]}`} className={secondaryButtonClass}>
        {form.pending ? (watching ? "Unwatching…" : "Watching…") : watching ? "Unwatch" : "Watch"}
      </button>
      {form.error && (
        <span role="alert" className="text-sm text-red-800">
          {form.error.message}
        </span>
      )}
    </form>
  );
}
