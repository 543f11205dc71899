/** Jurisdiction codes typed as one line: "JP, KR" or "JP KR" (upper-casing and checking are the domain's job). */
export function splitCodes(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Tags typed as one line: comma-separated, since a tag may contain spaces ("export controls"). */
export function splitTags(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** A list back as the text a person would type it. */
export function joinList(values: readonly string[]): string {
  return values.join(", ");
}
