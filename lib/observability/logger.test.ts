import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * Runs a script that logs through the app's logger in a process of its own, reading its stdout as it comes: the
 * lines' batching is the process's, so it is watched from outside. Resolves with each line and when it arrived.
 */
function logFrom(script: string): Promise<{ line: Record<string, unknown>; afterMs: number }[]> {
  const program = `import { logger } from "./lib/observability/logger.ts"; const log = logger(); ${script}`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", program], { stdio: ["ignore", "pipe", "inherit"] });
  const started = Date.now();
  const lines: { line: Record<string, unknown>; afterMs: number }[] = [];
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    for (const text of complete) lines.push({ line: JSON.parse(text) as Record<string, unknown>, afterMs: Date.now() - started });
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", () => resolve(lines));
  });
}

describe("the logger's stdout", () => {
  it("writes a lone line while the process goes on, though it fills no batch", async () => {
    const lines = await logFrom(`log.info("first"); setTimeout(() => log.info("last"), 3000);`);
    expect(lines.map(({ line }) => line.msg)).toEqual(["first", "last"]);
    expect(lines[0]?.afterMs).toBeLessThan((lines[1]?.afterMs ?? 0) - 1500);
  });

  it("writes every waiting line when the process exits, by process.exit or by ending", async () => {
    const exited = await logFrom(`for (let i = 0; i < 30; i++) log.info({ i }, "line"); log.fatal("stopping"); log.info("after"); process.exit(3);`);
    expect(exited.map(({ line }) => line.i ?? line.msg)).toEqual([...Array.from({ length: 30 }, (_, i) => i), "stopping", "after"]);
    const ended = await logFrom(`for (let i = 0; i < 3; i++) log.info({ i }, "line");`);
    expect(ended.map(({ line }) => line.i)).toEqual([0, 1, 2]);
  });
});
