import { afterEach, describe, expect, it } from "vitest";
import { formatAbortReasons } from "./abort-reasons";

describe("formatAbortReasons", () => {
  const original = Error.prepareStackTrace;
  afterEach(() => {
    Error.prepareStackTrace = original;
  });

  it("formats an abort reason's stack as its controller aborts, so its frames are not kept", () => {
    formatAbortReasons();
    formatAbortReasons();
    const formatted: Error[] = [];
    // V8 calls this when a stack is first read, and only then: the moment the frames are let go.
    Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => {
      formatted.push(error);
      return `${error.message} (${frames.length} frames)`;
    };
    const reason = new Error("render done");
    const controller = new AbortController();
    expect(formatted).toEqual([]);
    controller.abort(reason);
    expect(formatted).toEqual([reason]);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    // Once, though installed twice; a reason that is no Error passes as it is.
    const other = new AbortController();
    other.abort("a string");
    expect(other.signal.reason).toBe("a string");
    expect(formatted).toEqual([reason]);
  });
});
