import { pruneRateLimits } from "@/lib/http/rate-limit";
import { sendDigests, sendImmediateEmails } from "@/lib/notifications/send-emails";
import { drainOutbox } from "@/lib/outbox/process-outbox";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { refreshDueStatuses } from "@/lib/tracking/refresh-due-statuses";

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/** Work the server does on a timer, in every instance (each job is safe to run in several at once). */
const JOBS: Job[] = [
  // Notifications follow changes within a couple of seconds; an idle outbox costs one indexed query per run.
  { name: "notify of changes", everyMs: 2_000, run: drainOutbox },
  { name: "email notifications", everyMs: 10_000, run: sendImmediateEmails },
  { name: "deliver webhooks", everyMs: 2_000, run: deliverDueWebhooks },
  // Each person's digest goes once a day, soon after midnight UTC (the run row keeps it to once).
  { name: "email digests", everyMs: 10 * 60_000, run: sendDigests },
  { name: "refresh due statuses", everyMs: 10 * 60_000, run: refreshDueStatuses },
  { name: "prune rate limits", everyMs: 10 * 60_000, run: pruneRateLimits },
];

const globalForJobs = globalThis as unknown as { jobsStarted?: boolean };

/** Starts the jobs once per process: soon after start, then on their interval. A failed run is logged and retried. */
export function startBackgroundJobs(): void {
  if (globalForJobs.jobsStarted) return;
  globalForJobs.jobsStarted = true;
  for (const job of JOBS) {
    const run = () =>
      job.run().catch((error: unknown) => console.error(`Background job "${job.name}" failed: ${error instanceof Error ? error.message : String(error)}`));
    setTimeout(run, 5_000).unref();
    setInterval(run, job.everyMs).unref();
  }
}
