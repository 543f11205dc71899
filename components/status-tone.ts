import type { ItemKind, RelationType } from "@/lib/generated/prisma/enums";

type Tone = "red" | "amber" | "emerald" | "sky" | "violet" | "slate";

/** A colour per status, shared by the badges and the drawings: restrictive red, in-between amber, eased green. */
const STATUS_TONES: Record<string, Tone> = {
  announced: "amber",
  in_force: "red",
  eased: "amber",
  lifted: "emerald",
  listed: "emerald",
  delisting_announced: "amber",
  delisted: "red",
  relisting_expected: "sky",
  relisting_announced: "sky",
  filed: "amber",
  active: "amber",
  suspended: "slate",
  withdrawn: "slate",
  resolved: "emerald",
  proposed: "sky",
  agreed: "sky",
  in_progress: "violet",
  completed: "emerald",
  stalled: "slate",
};

// Whole class names, so Tailwind finds them when it scans the source.
const TONE_CLASSES: Record<Tone, { badge: string }> = {
  red: { badge: "bg-red-100 text-red-900" },
  amber: { badge: "bg-amber-100 text-amber-900" },
  emerald: { badge: "bg-emerald-100 text-emerald-900" },
  sky: { badge: "bg-sky-100 text-sky-900" },
  violet: { badge: "bg-violet-100 text-violet-900" },
  slate: { badge: "bg-slate-200 text-slate-800" },
};

export function statusTone(status: string) {
  return TONE_CLASSES[STATUS_TONES[status] ?? "slate"];
}

/**
 * Fills for drawings, as colours rather than classes so an exported file keeps them: the status's tone, with shades
 * that tell apart the statuses of one kind that share a tone (announced and eased, filed and active…). Light enough for
 * dark text on them.
 */
const STATUS_FILLS: Record<string, string> = {
  announced: "#fde68a",
  in_force: "#fecaca",
  eased: "#fed7aa",
  lifted: "#a7f3d0",
  listed: "#a7f3d0",
  delisting_announced: "#fde68a",
  delisted: "#fecaca",
  relisting_expected: "#bae6fd",
  relisting_announced: "#c7d2fe",
  filed: "#fde68a",
  active: "#fed7aa",
  suspended: "#e2e8f0",
  withdrawn: "#cbd5e1",
  resolved: "#a7f3d0",
  proposed: "#bae6fd",
  agreed: "#c7d2fe",
  in_progress: "#ddd6fe",
  completed: "#a7f3d0",
  stalled: "#cbd5e1",
};

export const statusFill = (status: string) => STATUS_FILLS[status] ?? "#e2e8f0";

/** Colours of drawings' text and lines (Tailwind's slate and blue, as the pages use them). */
export const INK = { text: "#0f172a", muted: "#475569", faint: "#94a3b8", grid: "#e2e8f0", link: "#1e40af", asOf: "#1d4ed8" } as const;

export const KIND_FILLS: Record<ItemKind, string> = {
  export_control: "#fca5a5",
  preferred_trader_listing: "#93c5fd",
  trade_dispute: "#fcd34d",
  cooperation_initiative: "#6ee7b7",
};

/**
 * How each kind of relation is drawn between rows: the strong ones in colour and solid, "disputed in" dashed, and
 * "related to" quiet (thin, dotted, grey).
 */
export const RELATION_STROKES: Record<RelationType, { colour: string; width: number; dash?: string }> = {
  retaliates_against: { colour: "#dc2626", width: 2 },
  reverses: { colour: "#7c3aed", width: 2 },
  supersedes: { colour: "#2563eb", width: 2 },
  disputed_in: { colour: "#b45309", width: 2, dash: "6 3" },
  related_to: { colour: "#94a3b8", width: 1.25, dash: "2 3" },
};
