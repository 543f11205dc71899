// Run by `npm install` (postinstall): mends a defect of postgres.js 3.4.9 that crashes the process when PostgreSQL
// goes away under load (docs/decisions/016; upstream porsager/postgres#1154 and #1208, fixes proposed in #1168, #1209).
// A small write waits for a setImmediate; when the connection closes first, the wait is cancelled but its handle is
// kept, so the connection's later writes are never flushed, and a write already scheduled runs on the closed socket,
// throwing a TypeError nothing can catch. The mend: closing forgets the pending write, and a write with no socket
// fails its queries with CONNECTION_CLOSED (answered 503) instead of throwing. Idempotent; fails loudly when the
// package's code is not the one this was written for (an upgrade must re-check the defect, then drop this file).
import { readFileSync, writeFileSync, existsSync } from "node:fs";

const MARK = "/* policy-tracker: mended, see scripts/patch-postgres.mjs */";
const edits = [
  ["  function nextWrite(fn) {\n", `  function nextWrite(fn) {\n    ${MARK}\n    if (!socket) return (chunk = nextWriteTimer = null, error(Errors.connection('CONNECTION_CLOSED', options)), false)\n`],
  ["    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)\n", "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener('data', data)\n"],
  ["    clearImmediate(nextWriteTimer)\n    if (socket) {\n", "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {\n"],
];

const root = new URL("../node_modules/postgres/", import.meta.url);
if (!existsSync(root)) process.exit(0);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
for (const file of ["src/connection.js", "cjs/src/connection.js", "cf/src/connection.js"]) {
  const url = new URL(file, root);
  if (!existsSync(url)) continue;
  let code = readFileSync(url, "utf8");
  if (code.includes(MARK)) continue;
  for (const [from, to] of edits) {
    if (code.split(from).length !== 2) {
      console.error(`scripts/patch-postgres.mjs: postgres ${version}'s ${file} is not the code this mends; check upstream #1208 and update or remove the mend.`);
      process.exit(1);
    }
    code = code.replace(from, to);
  }
  writeFileSync(url, code);
}
