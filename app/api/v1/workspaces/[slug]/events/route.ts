import { apiRoute, credentialRecheck } from "@/lib/http/api-route";
import { openEventStream, ZResumeAfter } from "@/lib/live/event-stream";

export const dynamic = "force-dynamic";

/**
 * The workspace's live updates as server-sent events: `change` events (with ids, so `Last-Event-ID` resumes after the
 * last one received; `?after=<change id>` starts after a given one), `presence`, `reload` (too much was missed: reload)
 * and `ended` (the caller may no longer read the workspace).
 */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, actor }) => {
  const after = ZResumeAfter.parse(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? 0);
  const stream = await openEventStream(actor, params.slug, { after, signal: request.signal, reauthenticate: await credentialRecheck(request) });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // Sent as it is written: no compression or proxy buffering holding events back.
      "cache-control": "no-cache, no-transform",
      "content-encoding": "none",
      "x-accel-buffering": "no",
    },
  });
});
