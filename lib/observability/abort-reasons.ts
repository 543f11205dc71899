const FORMATTED = Symbol.for("policy-tracker.formatAbortReasons");

/**
 * Formats the stack of an Error given as an abort reason when its controller aborts (docs/decisions/035).
 *
 * React, under Next.js 16, aborts each render's cache signal when the render completes, with a new Error. V8 keeps an
 * Error's stack as frames until its `stack` is first read, and the frames keep the render's closures alive; with 50
 * concurrent page requests on one process nearly every request's memory (its response, its rendered tree) stayed
 * reachable through them, and the heap grew by about 65 kB a request. Reading `stack` turns the frames into a string
 * and lets them go. Installed once, by the server before Next.js loads.
 */
export function formatAbortReasons(): void {
  const proto = AbortController.prototype as AbortController & { [FORMATTED]?: true };
  if (proto[FORMATTED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    abort.call(this, reason);
  };
  proto[FORMATTED] = true;
}
