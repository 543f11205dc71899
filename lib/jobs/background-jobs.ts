import { isDatabaseUnavailable } from "@/lib/db/availability";
import { serverEnv } from "@/lib/env";
import { takeScheduledCheckpoint } from "@/lib/history/take-checkpoint";
import { pruneRateLimits } from "@/lib/http/rate-limit";
import { sendDigests, sendImmediateEmails } from "@/lib/notifications/send-emails";
import { logger } from "@/lib/observability/logger";
import { drainOutbox } from "@/lib/outbox/process-outbox";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { refreshDueStatuses } from "@/lib/tracking/refresh-due-statuses";

export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/**
 * Work the server does on a timer, in every instance: each job is safe to run in several at once (the scheduled
 * checkpoint takes an advisory lock and looks at the newest checkpoint's age, so instances make one per period).
 */
function jobs(): Job[] {
  const list: Job[] = [
    // Notifications follow changes within a couple of seconds; an idle outbox costs one indexed query per run.
    { name: "notify of changes", everyMs: 2_000, run: drainOutbox },
    { name: "email notifications", everyMs: 10_000, run: sendImmediateEmails },
    { name: "deliver webhooks", everyMs: 2_000, run: deliverDueWebhooks },
    // Each person's digest goes once a day, soon after midnight UTC (the run row keeps it to once).
    { name: "email digests", everyMs: 10 * 60_000, run: sendDigests },
    { name: "refresh due statuses", everyMs: 10 * 60_000, run: refreshDueStatuses },
    { name: "prune rate limits", everyMs: 10 * 60_000, run: pruneRateLimits },
  ];
  const every = serverEnv().CHECKPOINT_EVERY;
  if (every) {
    // Looked at ten times a period, so checkpoints come between one and 1.1 periods apart whichever instance takes them.
    list.push({
      name: "history checkpoint",
      everyMs: Math.max(every / 10, 5_000),
      run: async () => {
        const taken = await takeScheduledCheckpoint(every);
        if (taken) logger().info({ digest: taken.checkpoint.digest, chains: taken.chains, file: taken.file }, "history checkpoint taken");
      },
    });
  }
  return list;
}

/** While the database is away, a job tries again after 1 s, then twice as long each time, up to this (or its period). */
const MAX_WAIT_MS = 30_000;

/**
 * Runs a job soon after start, then `everyMs` after each run ends (never two runs of one job at once). A run that fails
 * is logged and tried again on the next turn; one that failed for want of the database (at once: the pools fail fast
 * while it is known to be down, docs/decisions/016) logs one line, tries again after a growing wait, and logs again
 * when it runs once more. Returns a function that stops the loop.
 */
export function startJobLoop(job: Job, firstAfterMs = Math.min(5_000, job.everyMs)): () => void {
  let timer: NodeJS.Timeout;
  let stopped = false;
  let waitMs = 0;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void turn(), ms);
    timer.unref();
  };
  const turn = async () => {
    try {
      await job.run();
      if (waitMs > 0) logger().info({ job: job.name }, "background job running again: the database is back");
      waitMs = 0;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        logger().error({ err: error, job: job.name }, "background job failed");
        waitMs = 0;
      } else {
        if (waitMs === 0) logger().warn({ job: job.name, reason: error instanceof Error ? error.message : String(error) }, "background job waiting for the database");
        waitMs = Math.min(waitMs === 0 ? 1_000 : waitMs * 2, MAX_WAIT_MS, job.everyMs);
        return schedule(waitMs);
      }
    }
    schedule(job.everyMs);
  };
  schedule(firstAfterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

const globalForJobs = globalThis as unknown as { jobsStarted?: boolean };

/** Starts the jobs once per process (startJobLoop). */
export function startBackgroundJobs(): void {
  if (globalForJobs.jobsStarted) return;
  globalForJobs.jobsStarted = true;
  for (const job of jobs()) startJobLoop(job);
}
