import { JURISDICTIONS } from "@/lib/tracking/jurisdictions";

/** "Côte d’Ivoire", "the Netherlands" → "cote d'ivoire", "netherlands": how names are compared. */
const simplify = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^the /, "")
    .trim();

// Names used by Global Trade Alert and other trade data sets that differ from the English names Intl gives.
const ALIASES: Record<string, string> = {
  "republic of korea": "KR",
  "korea, republic of": "KR",
  "south korea": "KR",
  "democratic people's republic of korea": "KP",
  "north korea": "KP",
  "united states of america": "US",
  usa: "US",
  "united states": "US",
  uk: "GB",
  "russian federation": "RU",
  "chinese taipei": "TW",
  "hong kong": "HK",
  "macao": "MO",
  "viet nam": "VN",
  turkey: "TR",
  "turkiye": "TR",
  "czech republic": "CZ",
  "islamic republic of iran": "IR",
  iran: "IR",
  "european union": "EU",
  "lao pdr": "LA",
  "lao people's democratic republic": "LA",
  "kyrgyz republic": "KG",
  "slovak republic": "SK",
  "brunei darussalam": "BN",
  "state of palestine": "PS",
  "republic of moldova": "MD",
  "united republic of tanzania": "TZ",
  "syrian arab republic": "SY",
  "democratic republic of the congo": "CD",
  "dr congo": "CD",
  "republic of the congo": "CG",
  "ivory coast": "CI",
  "swaziland": "SZ",
  "macedonia": "MK",
  "bolivia": "BO",
  "venezuela": "VE",
};

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  byName = new Map(Object.entries(ALIASES));
  for (const code of JURISDICTIONS) {
    const name = display.of(code);
    if (name && name !== code) byName.set(simplify(name), code);
  }
  return byName;
}

/** A jurisdiction's code from a code ("JP") or an English name ("Japan", "Republic of Korea"), or null. */
export function jurisdictionCode(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && JURISDICTIONS.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return names().get(simplify(trimmed)) ?? null;
}

/**
 * The codes in a cell of names or codes, or the parts no jurisdiction answers to. The whole cell is tried first
 * ("Korea, Republic of"), then its parts split on ; | and commas.
 */
export function jurisdictionCodes(cell: string): { codes: string[]; unknown: string[] } {
  if (!cell.trim()) return { codes: [], unknown: [] };
  const whole = jurisdictionCode(cell);
  if (whole) return { codes: [whole], unknown: [] };
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const group of cell.split(/[;|\n]/)) {
    if (!group.trim()) continue;
    const asOne = jurisdictionCode(group);
    if (asOne) {
      codes.push(asOne);
      continue;
    }
    for (const part of group.split(",")) {
      if (!part.trim()) continue;
      const code = jurisdictionCode(part);
      if (code) codes.push(code);
      else unknown.push(part.trim());
    }
  }
  return { codes: [...new Set(codes)], unknown };
}
