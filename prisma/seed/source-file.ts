import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/** The front matter of a seed article: a flat YAML subset (key: value, quoted strings, null, lists of strings). */
const ZSourceFile = z.object({
  id: z.string(),
  title: z.string(),
  title_note: z.string().optional(),
  publisher: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  published: z.string(),
  published_note: z.string().optional(),
  language: z.string(),
  url: z.string().nullable(),
  known_issues: z.array(z.string()).optional(),
});

export type SourceFile = z.infer<typeof ZSourceFile> & { body: string };

const SOURCES_DIR = path.resolve("prisma/seed/sources");

function scalar(raw: string): string | null {
  const text = raw.trim();
  if (text === "null" || text === "") return null;
  if (text.startsWith('"') && text.endsWith('"')) return JSON.parse(text) as string;
  return text;
}

export function parseSourceFile(text: string): SourceFile {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error("A seed source must start with front matter between --- lines");
  const [, head = "", body = ""] = match;
  const fields: Record<string, string | null | string[]> = {};
  let listKey: string | null = null;
  for (const line of head.split("\n")) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (fields[listKey] as string[]).push(scalar(item[1] ?? "") ?? "");
      continue;
    }
    const pair = /^([a-z_]+):(.*)$/.exec(line);
    if (!pair) continue;
    const [, key = "", value = ""] = pair;
    if (value.trim() === "") {
      fields[key] = [];
      listKey = key;
    } else {
      fields[key] = scalar(value);
      listKey = null;
    }
  }
  return { ...ZSourceFile.parse(fields), body };
}

export async function readSourceFile(id: string): Promise<SourceFile> {
  return parseSourceFile(await readFile(path.join(SOURCES_DIR, `${id}.md`), "utf8"));
}
