import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { NextStatus as Next } from "@/lib/tracking/query-tracker";
import { useWords } from "@/lib/i18n/use-words";

/**
 * The next status already announced on the day shown: "Relisting announced 27 June 2023, effective 21 July 2023". Never
 * shown as the current status, which it is not yet.
 */
export function NextStatus({ kind, current, next, className = "" }: { kind: ItemKind; current: string | null; next: Next | null; className?: string }) {
  const words = useWords();
  if (!next) return null;
  return (
    <span className={`block text-sm text-slate-700 ${className}`} data-testid="next-status">
      {words.comingText(kind, current, next)}
    </span>
  );
}
