// `npm run bench:live`: fan-out of live updates. N listeners hold the workspace's event stream open while writes flow
// through the API at a steady rate; prints, for each N, the time from commit (the change's record time, from the
// database clock on this machine) to arrival at each listener (p50, p99), and what each listener costs the server
// (CPU for each further listener and event, beyond what one listener costs, and memory per open stream). Writes
// bench-results/live-<time>.json.
import "../load-env";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { startDemoServer } from "./demo-server";
import { signInCookie } from "./sign-in-cookie";

const LISTENERS = (process.env.BENCH_LISTENERS ?? "1,50,200").split(",").map(Number);
const WRITES_PER_SECOND = Number(process.env.BENCH_WRITES_PER_SECOND ?? 10);
const SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const PASSWORD = "bench-live-password";
const say = (line: string) => console.log(`[bench:live] ${line}`);

const { base: BASE, server, stop } = await startDemoServer(Number(process.env.BENCH_LIVE_PORT ?? 3460), PASSWORD);

/** CPU seconds and resident memory of the server and the processes it started. */
async function serverUsage(): Promise<{ cpu: number; rssMb: number }> {
  const tick = 100;
  const stats = new Map<number, { ppid: number; cpu: number; rss: number }>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const text = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => null);
    if (!text) continue;
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    stats.set(Number(entry), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / tick, rss: (Number(fields[21]) * 4096) / 2 ** 20 });
  }
  const tree = new Set([server.pid as number]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (!tree.has(pid) && tree.has(stat.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let cpu = 0;
  let rssMb = 0;
  for (const pid of tree) {
    cpu += stats.get(pid)?.cpu ?? 0;
    rssMb += stats.get(pid)?.rss ?? 0;
  }
  return { cpu, rssMb };
}

/** Opens an event stream and records, for each change, how long after its record time it arrived. */
async function listen(cookie: string, latencies: number[], signal: AbortSignal): Promise<void> {
  const response = await fetch(`${BASE}/api/v1/workspaces/demo/events?after=${latest}`, { headers: { cookie }, signal });
  if (!response.ok || !response.body) throw new Error(`event stream: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
        if (buffer.startsWith("id:") && data) latencies.push(Date.now() - Date.parse((JSON.parse(data) as { recordedAt: string }).recordedAt));
        buffer = buffer.slice(end + 2);
      }
    }
  })();
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

let latest = "0";
try {
  const viewer = await signInCookie(BASE, "viewer@demo.test", PASSWORD);
  const analyst = await signInCookie(BASE, "analyst@demo.test", PASSWORD);
  const headers = { cookie: analyst, "content-type": "application/json" };
  const created = (await (await fetch(`${BASE}/api/v1/workspaces/demo/items`, {
    method: "POST",
    headers,
    body: JSON.stringify({ kind: "export_control", title: "Live benchmark item", implementingJurisdictions: ["JP"] }),
  }).then((r) => r.json())) as { id: string; version: number });
  let version = created.version;

  const results = [];
  let oneListenerCpu: number | null = null;
  for (const listeners of LISTENERS) {
    // Each round's listeners start after everything written so far.
    latest = ((await (await fetch(`${BASE}/api/v1/workspaces/demo/changes?limit=1`, { headers: { cookie: viewer } })).json()) as { changes: { id: string }[] }).changes[0]?.id ?? "0";
    const latencies: number[] = [];
    const abort = new AbortController();
    const before = await serverUsage();
    await Promise.all(Array.from({ length: listeners }, () => listen(viewer, latencies, abort.signal)));
    await new Promise((r) => setTimeout(r, 1000));
    const open = await serverUsage();
    const cpuStart = open.cpu;
    const writes = WRITES_PER_SECOND * SECONDS;
    let failed = 0;
    for (let i = 0; i < writes; i++) {
      const started = Date.now();
      const response = await fetch(`${BASE}/api/v1/workspaces/demo/items/${created.id}`, {
        method: "PATCH",
        headers,
        body: JSON.stringify({ expectedVersion: version, fields: { summary: `Write ${listeners}.${i}` } }),
      });
      if (response.ok) version = ((await response.json()) as { version: number }).version;
      else failed += 1;
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 / WRITES_PER_SECOND - (Date.now() - started))));
    }
    await new Promise((r) => setTimeout(r, 1500));
    const after = await serverUsage();
    abort.abort();
    const delivered = latencies.length;
    const cpu = after.cpu - cpuStart;
    if (listeners === 1) oneListenerCpu = cpu;
    // What listeners beyond the first cost: the writes themselves cost the same in every round.
    const perListenerEvent = oneListenerCpu !== null && listeners > 1 ? ((cpu - oneListenerCpu) * 1000) / ((listeners - 1) * writes) : null;
    const result = {
      listeners,
      writes,
      failedWrites: failed,
      delivered,
      expected: writes * listeners,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      serverCpuSeconds: cpu,
      cpuMsPerListenerEvent: perListenerEvent,
      rssKbPerListener: listeners ? ((open.rssMb - before.rssMb) * 1024) / listeners : null,
      serverRssMb: after.rssMb,
    };
    results.push(result);
    say(
      `${listeners} listeners, ${writes} writes at ${WRITES_PER_SECOND}/s: ${delivered}/${result.expected} events arrived, commit to arrival p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; server CPU ${cpu.toFixed(2)} s` +
        (perListenerEvent === null ? "" : `, ${perListenerEvent.toFixed(3)} ms per further listener and event`) +
        `, ${result.rssKbPerListener?.toFixed(0)} kB per open stream (server RSS ${after.rssMb.toFixed(0)} MB)`,
    );
    await new Promise((r) => setTimeout(r, 1000));
  }
  await mkdir("bench-results", { recursive: true });
  const file = `bench-results/live-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  await writeFile(file, JSON.stringify({ writesPerSecond: WRITES_PER_SECOND, seconds: SECONDS, results }, null, 2));
  say(`wrote ${file}`);
} finally {
  await stop();
}
