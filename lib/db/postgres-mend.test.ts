import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// postgres.js 3.4.9 crashes the process when PostgreSQL goes away under load unless `npm install` mended it
// (scripts/patch-postgres.mjs): the copies the app loads, ESM and CommonJS, must carry the mend.
describe("the postgres.js the app loads", () => {
  // The CommonJS entry is cjs/src/index.js: the package's folder is two up.
  const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve("postgres")), "../..");
  it.each(["src/connection.js", "cjs/src/connection.js"])("%s is mended", (file) => {
    const code = readFileSync(path.join(root, file), "utf8");
    expect(code).toContain("policy-tracker: mended");
    expect(code).toMatch(/function nextWrite\(fn\) \{\n.*\n\s+if \(!socket\) return/);
  });
});
