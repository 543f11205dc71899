"use client";

import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { WatchTarget } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import type { UnwatchInput, WatchInput } from "@/lib/watches/watches";

export type WatchProps = {
  target: WatchTarget;
  targetId: string;
  /** The caller's watch of it, if they watch it. */
  watchId: string | null;
  watch: (input: WatchInput) => Promise<ActionResult<unknown>>;
  unwatch: (input: UnwatchInput) => Promise<ActionResult<unknown>>;
};

/** Watch or stop watching an item, a source or a view; the page's data refreshes with the new state. */
export function WatchToggle({ target, targetId, watchId, watch, unwatch }: WatchProps) {
  const t = useTranslations("notifications.watch");
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
      <button type="submit" disabled={form.pending} title={t(`title.${target}`)} className={secondaryButtonClass}>
        {form.pending ? (watching ? t("unwatching") : t("watching")) : watching ? t("unwatch") : t("watch")}
      </button>
      {form.error && (
        <span role="alert" className="text-sm text-red-800">
          {form.error.message}
        </span>
      )}
    </form>
  );
}
