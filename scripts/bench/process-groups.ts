import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100;
const SAMPLE_MS = 200;

/** A process's group and CPU ticks so far, from /proc/<pid>/stat (the name may hold spaces, so fields follow the last ")"). */
function stat(pid: string): { group: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { group: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * The benchmark's app servers, each in a process group of its own: what they cost in CPU (for draining) and memory
 * (the peak resident set of all their processes together, sampled while they run), and stopping them all.
 */
export class ProcessGroups {
  private children: ChildProcess[] = [];
  private peakKb = 0;
  private sampler: NodeJS.Timeout | undefined;

  spawn(command: string, args: string[], options: SpawnOptions): ChildProcess {
    const child = spawn(command, args, { ...options, detached: true });
    this.children.push(child);
    this.sampler ??= setInterval(() => {
      this.peakKb = Math.max(this.peakKb, this.rssKb());
    }, SAMPLE_MS);
    return child;
  }

  /** Every process of the groups (a server's own children included). */
  private members(): { pid: number; ticks: number }[] {
    const groups = new Set(this.children.map((c) => c.pid));
    if (groups.size === 0) return [];
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .flatMap((pid) => {
        const s = stat(pid);
        return s && groups.has(s.group) ? [{ pid: Number(pid), ticks: s.ticks }] : [];
      });
  }

  private rssKb(): number {
    return this.members().reduce((sum, m) => sum + rssKb(m.pid), 0);
  }

  /** The share of one core the servers used over the next `ms` milliseconds. */
  async cpuShare(ms: number): Promise<number> {
    const ticks = () => this.members().reduce((sum, m) => sum + m.ticks, 0);
    const before = ticks();
    await new Promise((resolve) => setTimeout(resolve, ms));
    return (ticks() - before) / CLOCK_TICKS_PER_SECOND / (ms / 1000);
  }

  resetPeakRss(): void {
    this.peakKb = this.rssKb();
  }

  peakRssMb(): number {
    return Math.round(Math.max(this.peakKb, this.rssKb()) / 1024);
  }

  async stopAll(): Promise<void> {
    clearInterval(this.sampler);
    this.sampler = undefined;
    const running = this.children.filter((c) => c.exitCode === null && c.signalCode === null);
    this.children = [];
    await Promise.all(
      running.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once("exit", () => resolve());
            // The whole group: a server's own worker processes too.
            if (child.pid) process.kill(-child.pid, "SIGTERM");
          }),
      ),
    );
  }
}
