import { describeError } from "./error-response";

export type Progress = { phase: string; done: number; total: number };

/** Whether the client asked to follow a long request's progress (the import page does). */
export const wantsProgress = (request: Request) => (request.headers.get("accept") ?? "").includes("application/x-ndjson");

/**
 * Runs a long piece of work and streams its progress as NDJSON, one line per update (at most a few a second), then
 * one line with its result (`{"result": …}`) or its error in the API's error shape (`{"error": …, "status": 400}`).
 * The status is 200 once the stream has begun, so the last line says how it ended.
 */
export function progressStream<T>(work: (onProgress: (p: Progress) => void) => Promise<T>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      let last = 0;
      try {
        const result = await work((progress) => {
          const now = Date.now();
          if (now - last < 200 && progress.done < progress.total) return;
          last = now;
          send({ progress });
        });
        send({ result });
      } catch (error) {
        const { status, body: errorBody } = describeError(error);
        send({ ...errorBody, status });
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" } });
}
