import { AsyncLocalStorage } from "node:async_hooks";

const backdate = new AsyncLocalStorage<Date>();

/**
 * Runs `work` with its change records recorded at `at` instead of now. Only the owner of the change-record table may
 * backdate (the database refuses the app's role: docs/decisions/004); the demo seed does, so that a fresh install has a
 * past to ask "as recorded on" about. Record times still never go backwards within a workspace.
 */
export function recordingAt<T>(at: Date, work: () => Promise<T>): Promise<T> {
  return backdate.run(at, work);
}

/** The backdated record time in force, if any, as the ISO text the database setting takes. */
export function backdatedRecordTime(): string | null {
  return backdate.getStore()?.toISOString() ?? null;
}
