import Link from "next/link";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { asOfPhrases } from "@/lib/views/describe-query";
import type { TrackerQuery } from "@/lib/views/tracker-query";

/** What an as-of banner shows, its messages named in "tracker.asOf.subjects". */
type Subject = "tracker" | "timeline" | "view";

/** Says which dates the rows are as of, when they are not "now"; with a way back to now where there is one. */
export function AsOfBanner({ query, subject, nowHref }: { query: TrackerQuery; subject: Subject; nowHref?: string }) {
  const t = useTranslations("tracker.asOf");
  const q = useTranslations("query");
  const phrases = asOfPhrases({ t: q, words: useWords() }, query);
  if (phrases.length === 0) return null;
  return (
    <p role="status" className="mt-4 rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-950">
      {t(`subjects.${subject}`, { phrases: phrases.join(q("listSeparator")) })}
      {nowHref && (
        <>
          {" "}
          <Link href={nowHref} className="font-medium underline">{t("backToNow")}</Link>
        </>
      )}
    </p>
  );
}
