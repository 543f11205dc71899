/** Work to finish before the server process exits (spans to send), run by scripts/server.ts after the last request. */
const globalForShutdown = globalThis as unknown as { ptShutdownHooks?: (() => Promise<unknown>)[] };

export function onShutdown(hook: () => Promise<unknown>): void {
  (globalForShutdown.ptShutdownHooks ??= []).push(hook);
}

/** Runs every hook, for at most `timeoutMs`. */
export async function runShutdownHooks(timeoutMs = 3_000): Promise<void> {
  const hooks = globalForShutdown.ptShutdownHooks ?? [];
  await Promise.race([Promise.allSettled(hooks.map((hook) => hook())), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
}
