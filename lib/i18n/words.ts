import type { ChangeKind, DatePrecision, ItemKind, RelationType, Role } from "@/lib/generated/prisma/enums";
import { isChangeType, type ChangeGroup } from "@/lib/history/change-types";
import { isRelisting, KINDS } from "@/lib/tracking/kinds";
import type { TimelineBand } from "@/lib/tracking/timeline-layout";
import type { Locale } from "./locales";
import { VOCABULARY } from "./vocabulary";

// No server-only imports: client components format with the same words (useWords).

/** The Intl locale each interface language formats with (en-GB: "17 March 2023", day before month). */
const INTL_TAG: Record<Locale, string> = { en: "en-GB", ja: "ja-JP", ko: "ko-KR" };

type Coming = { status: string; effectiveOn: Date; precision: DatePrecision; announcedOn: Date | null; announcedPrecision: DatePrecision | null };

/**
 * Dates, numbers, languages and the domain's words (kinds, statuses) in one interface language. Record times are shown
 * in UTC, labelled, so teammates in different zones read the same thing.
 */
export type Words = ReturnType<typeof makeWords>;

function makeWords(locale: Locale) {
  const tag = INTL_TAG[locale];
  const vocabulary = VOCABULARY[locale];
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const day = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const monthYear = new Intl.DateTimeFormat(tag, { month: "short", year: "numeric", timeZone: "UTC" });
  const partial: Record<DatePrecision, Intl.DateTimeFormat> = {
    year: new Intl.DateTimeFormat(tag, { year: "numeric", timeZone: "UTC" }),
    month: new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", timeZone: "UTC" }),
    day: new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
  };
  const count = new Intl.NumberFormat(tag);
  const languages = new Intl.DisplayNames([tag], { type: "language", fallback: "code" });
  const regions = new Intl.DisplayNames([tag], { type: "region", fallback: "code" });
  const jurisdictionNames = new Map<string, string>();

  const kind = (k: ItemKind): string => vocabulary.kinds[k].label;
  const status = (k: ItemKind, value: string): string =>
    (vocabulary.kinds[k].statuses as Record<string, { label: string } | undefined>)[value]?.label ?? value;
  /** The change into `value` while it is still ahead of the day shown, given the status in force then. */
  const coming = (k: ItemKind, value: string, current: string | null): string =>
    isRelisting(k, value, current)
      ? vocabulary.relisting
      : ((vocabulary.kinds[k].statuses as Record<string, { coming: string } | undefined>)[value]?.coming ?? status(k, value));
  /** For people: "2019", "March 2023", "17 March 2023" (in English). */
  const partialDate = (date: Date, precision: DatePrecision): string => partial[precision].format(date);
  /** One band in words: "In force from 2019 until May 2023", "Lifted from May 2023 until today". */
  const band = (b: TimelineBand, now = vocabulary.today): string => {
    const from = partialDate(b.start, b.startPrecision);
    if (b.future) return vocabulary.bandScheduled(b.label, from);
    return vocabulary.bandSpan(b.label, from, b.endPrecision ? partialDate(b.end, b.endPrecision) : now);
  };

  return {
    locale,
    kind,
    status,
    /** A kind's statuses in their usual order, with their names. */
    statusesOf: (k: ItemKind) => KINDS[k].statuses.map((s) => ({ value: s.value as string, label: status(k, s.value) })),
    partialDate,
    /** A status still ahead, in words: "Relisting announced 27 June 2023, effective 21 July 2023". */
    comingText(k: ItemKind, current: string | null, next: Coming): string {
      const change = coming(k, next.status, current);
      const effective = partialDate(next.effectiveOn, next.precision);
      return next.announcedOn && next.announcedPrecision
        ? vocabulary.comingAnnounced(change, partialDate(next.announcedOn, next.announcedPrecision), effective)
        : vocabulary.comingScheduled(change, effective);
    },
    /** A change record's kind: "Status recorded"; a type this version does not know is "Other change". */
    changeType: (type: string): string => (isChangeType(type) ? vocabulary.changeTypes[type] : vocabulary.otherChange),
    changeGroup: (group: ChangeGroup): string => vocabulary.changeGroups[group],
    changeKind: (kind: ChangeKind): string => vocabulary.changeKinds[kind],
    role: (role: Role): string => vocabulary.roles[role],
    listSeparator: vocabulary.listSeparator,
    diff: vocabulary.diff,
    /** How a relation reads from the item that holds it (`from`) or from the item it points at. */
    relation: (type: RelationType, end: "from" | "to"): string => vocabulary.relations[type][end === "from" ? 0 : 1],
    /** The open end of a period that lasts until now: "today". */
    today: vocabulary.today,
    band,
    /** A row's bands in one sentence, for a chart's accessible name. */
    bands: (bands: readonly TimelineBand[], now = vocabulary.today): string => vocabulary.bands(bands.map((b) => band(b, now))),
    recordedAt: (date: Date): string => `${dateTime.format(date)} UTC`,
    day: (date: Date): string => day.format(date),
    /** A month as an axis or a column names it: "Mar 2023". */
    monthYear: (date: Date): string => monthYear.format(date),
    /** A count as people read it: 1,234. */
    count: (value: number): string => count.format(value),
    /** A jurisdiction by its name ("Japan" for "JP", "European Union" for "EU"); the code itself if unknown. */
    jurisdiction(code: string): string {
      // Remembered: every jurisdiction input's suggestions name them all, and ICU looks each up afresh.
      let name = jurisdictionNames.get(code);
      if (name === undefined) {
        try {
          name = regions.of(code) ?? code;
        } catch {
          name = code;
        }
        if (jurisdictionNames.size < 1_000) jurisdictionNames.set(code, name);
      }
      return name;
    },
    /** A language by its name ("Japanese" for "ja"); a code Intl does not know is shown as it is. */
    language(code: string): string {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

const made = new Map<Locale, Words>();

/** The words of one interface language; made once per language per process. */
export function wordsFor(locale: Locale): Words {
  let words = made.get(locale);
  if (!words) made.set(locale, (words = makeWords(locale)));
  return words;
}

/**
 * The words of what leaves the interface: emails, exported files and the API speak English, whatever the reader's
 * language (docs/decisions/029).
 */
export function outsideWords(): Words {
  return wordsFor("en");
}
