import { serverEnv } from "@/lib/env";
import { takeScheduledCheckpoint } from "@/lib/history/take-checkpoint";
import { pruneRateLimits } from "@/lib/http/rate-limit";
import { sendDigests, sendImmediateEmails } from "@/lib/notifications/send-emails";
import { logger } from "@/lib/observability/logger";
import { drainOutbox } from "@/lib/outbox/process-outbox";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { refreshDueStatuses } from "@/lib/tracking/refresh-due-statuses";

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

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

const globalForJobs = globalThis as unknown as { jobsStarted?: boolean };

/** Starts the jobs once per process: soon after start, then on their interval. A failed run is logged and retried. */
export function startBackgroundJobs(): void {
  if (globalForJobs.jobsStarted) return;
  globalForJobs.jobsStarted = true;
  for (const job of jobs()) {
    const run = () => job.run().catch((error: unknown) => logger().error({ err: error, job: job.name }, "background job failed"));
    setTimeout(run, Math.min(5_000, job.everyMs)).unref();
    setInterval(run, job.everyMs).unref();
  }
}
