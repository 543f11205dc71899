import type { Sql } from "postgres";

export type CopyValue = string | number | bigint | boolean | null | Date | string[];

/** A value in COPY's text format: \N for NULL, arrays as {…} literals, backslash, tab and newlines escaped. */
function field(value: CopyValue): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escape(`{${value.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`);
  return escape(String(value));
}

function escape(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] as string);
}

/** Streams rows into a table with COPY, honouring back-pressure, and returns how many were written. */
export async function copyRows(sql: Sql, table: string, columns: string[], rows: Iterable<CopyValue[]>): Promise<number> {
  const target = `"${table}" (${columns.map((c) => `"${c}"`).join(", ")})`;
  const stream = await sql.unsafe(`COPY ${target} FROM STDIN`).writable();
  let count = 0;
  let chunk = "";
  const flush = async () => {
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once("drain", resolve));
    chunk = "";
  };
  for (const row of rows) {
    chunk += `${row.map(field).join("\t")}\n`;
    count += 1;
    if (chunk.length > 1 << 20) await flush();
  }
  if (chunk) await flush();
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("finish", () => resolve());
    stream.end();
  });
  return count;
}
