type Tone = "red" | "amber" | "emerald" | "sky" | "violet" | "slate";

/** A colour per status, shared by the badges and the drawn timeline: restrictive red, in-between amber, eased green. */
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
const TONE_CLASSES: Record<Tone, { badge: string; band: string; bandText: string }> = {
  red: { badge: "bg-red-100 text-red-900", band: "fill-red-200", bandText: "fill-red-950" },
  amber: { badge: "bg-amber-100 text-amber-900", band: "fill-amber-200", bandText: "fill-amber-950" },
  emerald: { badge: "bg-emerald-100 text-emerald-900", band: "fill-emerald-200", bandText: "fill-emerald-950" },
  sky: { badge: "bg-sky-100 text-sky-900", band: "fill-sky-200", bandText: "fill-sky-950" },
  violet: { badge: "bg-violet-100 text-violet-900", band: "fill-violet-200", bandText: "fill-violet-950" },
  slate: { badge: "bg-slate-200 text-slate-800", band: "fill-slate-300", bandText: "fill-slate-900" },
};

export function statusTone(status: string) {
  return TONE_CLASSES[STATUS_TONES[status] ?? "slate"];
}
