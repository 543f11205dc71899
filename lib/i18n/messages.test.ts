import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

type Tree = { [key: string]: string | Tree };

/** Every message by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The arguments and rich-text tags a message uses: "{name}", "{count, plural, …}", "<link>". */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  // An argument is "{name}" or "{name, plural, …}"; a plural's branches ("one {it}") are text, not arguments.
  for (const match of message.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*([A-Za-z_]\w*)\s*[,}]/g)) names.add(`{${match[1]}}`);
  for (const match of message.matchAll(/<([A-Za-z][\w]*)>/g)) names.add(`<${match[1]}>`);
  return [...names].sort();
}

const english = flatten(MESSAGES.en as unknown as Tree);

describe.each(LOCALES.filter((locale) => locale !== "en"))("the %s messages", (locale) => {
  const messages = flatten(MESSAGES[locale] as unknown as Tree);

  it("have every English key and no other", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("use the same arguments and tags as English", () => {
    const differing = [...english].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(messages.get(key) ?? "")));
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("are translated: no non-empty English message is left as it is, unless it is a name or code", () => {
    const words = (text: string) => text.replace(/\{[^{}]*\}/g, "");
    const untranslated = [...english].filter(([key, text]) => /[a-z]{3,}/.test(words(text)) && messages.get(key) === text && !SAME_IN_EVERY_LANGUAGE.has(key));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

/** Messages that read the same in every language: the product's name, formats and codes. */
const SAME_IN_EVERY_LANGUAGE = new Set(["app.name"]);
