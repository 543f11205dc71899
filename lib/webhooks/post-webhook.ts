import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress, PRIVATE_MESSAGE } from "./address-guard";

export type PostOutcome = { status: number; durationMs: number; excerpt: string } | { status: null; durationMs: number; error: string };

const EXCERPT_BYTES = 1024;

/**
 * A resolver for the connection that refuses private addresses (unless allowed): the address checked is the address
 * connected to, so a name that resolves to a public address when saved and a private one later cannot reach inside.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      if (usable.length === 0) return callback(Object.assign(new Error(PRIVATE_MESSAGE), { code: "EPRIVATE" }), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      const first = usable[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** Text safe to show in the delivery log: no control characters, at most 500 characters. */
const printable = (text: string) => text.replace(/[\p{Cc}\p{Cs}]+/gu, " ").trim().slice(0, 500);

/**
 * POSTs a webhook body once: the outcome is the status and the start of the answer, or why there was none. Redirects
 * are not followed (a 3xx is an answer like any other), the whole exchange has `timeoutMs`, and an address literal is
 * checked like a resolved name.
 */
export function postWebhook(target: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; allowPrivate: boolean }): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve({ status: null, durationMs: 0, error: "The address is not valid" });
    }
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    // An address literal is connected to without a lookup: it is checked here instead.
    if (!options.allowPrivate && isIP(literal) !== 0 && isPrivateAddress(literal)) {
      return resolve({ status: null, durationMs: 0, error: PRIVATE_MESSAGE });
    }
    const send = url.protocol === "https:" ? https.request : http.request;
    const request = send(url, {
      method: "POST",
      headers: { ...headers, "content-length": Buffer.byteLength(body).toString() },
      lookup: guardedLookup(options.allowPrivate),
      signal: AbortSignal.timeout(options.timeoutMs),
      // A fresh connection per delivery: nothing of one endpoint's exchange lingers for another.
      agent: false,
    });
    request.once("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        if (size < EXCERPT_BYTES) chunks.push(chunk);
        size += chunk.length;
        // Only the start of the answer is kept; the rest is not waited for.
        if (size >= EXCERPT_BYTES) response.destroy();
      });
      const done = () =>
        resolve({ status: response.statusCode ?? 0, durationMs: elapsed(), excerpt: printable(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8")) });
      response.once("end", done);
      response.once("close", done);
      response.once("error", done);
    });
    request.once("error", (error: Error & { code?: string }) => {
      const reason = error.name === "AbortError" || error.code === "ABORT_ERR" ? `No answer within ${options.timeoutMs / 1000} s` : printable(error.message || String(error.code));
      resolve({ status: null, durationMs: elapsed(), error: reason });
    });
    request.end(body);
  });
}
