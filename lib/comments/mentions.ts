/** A member named in a comment: who, and where in its text ("@" included), in UTF-16 code units. */
export type Mention = { userId: string; start: number; end: number };

/** Someone a comment can mention: a member of its workspace. */
export type Mentionable = { userId: string; name: string; email: string };

const WORD = /[\p{L}\p{N}_]/u;
// Scripts written without spaces between words: a name there may be followed at once by more text (山田さん).
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The ways a member can be written after "@": their name (spaces as typed) and their address before the "@". */
function handles(member: Mentionable): string[] {
  const name = member.name.trim().replace(/\s+/g, " ");
  const local = member.email.split("@")[0] ?? "";
  return [name, local].filter((handle) => handle.length > 0);
}

/**
 * The members a text mentions: "@" at the start or after a character that is not part of a word (so an email address
 * in the text is not a mention), then a member's name or the first part of their email address, in any case, ending
 * where a word does. The longest match wins, so "@Aiko Analyst" is Aiko Analyst even when another member is "Aiko".
 * Resolved when the comment is written: a later renamed or departed member stays mentioned as written.
 */
export function findMentions(text: string, members: Mentionable[]): Mention[] {
  const candidates = members
    .flatMap((member) => handles(member).map((handle) => ({ userId: member.userId, handle: handle.toLowerCase(), length: handle.length })))
    .sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  // Lower-casing keeps every UTF-16 offset of these texts only where the lengths agree; otherwise compare per match.
  const sameLength = lower.length === text.length;
  const mentions: Mention[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const before = text[at - 1];
    if (before !== undefined && WORD.test(before)) continue;
    const match = candidates.find(({ handle, length }) => {
      const written = sameLength ? lower.slice(at + 1, at + 1 + length) : text.slice(at + 1, at + 1 + length).toLowerCase();
      if (written !== handle) return false;
      const next = text[at + 1 + length];
      const last = text[at + length];
      return next === undefined || !WORD.test(next) || !WORD.test(last ?? "") || UNSPACED.test(next) || UNSPACED.test(last ?? "");
    });
    if (!match) continue;
    mentions.push({ userId: match.userId, start: at, end: at + 1 + match.length });
    at += match.length;
  }
  return mentions;
}

/** Each member a text mentions, once, in order of first mention. */
export function mentionedIds(mentions: Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.userId))];
}
