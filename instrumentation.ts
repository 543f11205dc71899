// Next.js calls register() once when a server starts: the place for work that runs beside requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundJobs } = await import("./lib/jobs/background-jobs");
  startBackgroundJobs();
}
