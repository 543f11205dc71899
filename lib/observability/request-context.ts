import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the app's server (scripts/server.ts) knows of the request being served, for its log line and metrics: set when
 * the request arrives, completed by the code that serves it (who the actor is; that the database could not be
 * reached, which turns a page's 500 into a 503).
 */
export type RequestContext = {
  id: string;
  actorId?: string;
  databaseUnavailable?: boolean;
};

// On globalThis: the server script and Next's bundles each load their own copy of this module.
const globalForRequests = globalThis as unknown as { ptRequestContext?: AsyncLocalStorage<RequestContext> };

export function requestStore(): AsyncLocalStorage<RequestContext> {
  globalForRequests.ptRequestContext ??= new AsyncLocalStorage<RequestContext>();
  return globalForRequests.ptRequestContext;
}

/** The request being served, if any (undefined in commands, background jobs and tests). */
export const currentRequest = (): RequestContext | undefined => requestStore().getStore();
