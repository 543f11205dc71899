import { listSqlFloor } from "@/lib/bench/list-sql-floor";
import { describeError } from "@/lib/http/error-response";

/** Benchmark floor only (404 unless BENCH_FLOORS=1): ?workspace=<slug>&<tracker query>. */
export async function GET(request: Request) {
  if (process.env.BENCH_FLOORS !== "1") return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  const url = new URL(request.url);
  try {
    return Response.json(await listSqlFloor(url.searchParams.get("workspace") ?? "", url.searchParams));
  } catch (error) {
    const { status, body } = describeError(error);
    return Response.json(body, { status });
  }
}
