export type Measured = { name: string; floor: string | null; requestsPerSecond: number; p50: number; p99: number; errors: number; ok: number };

type Check = (byName: Map<string, Measured>, lost: number) => { met: boolean; actual: string };

const get = (byName: Map<string, Measured>, name: string) => byName.get(name) ?? { name, floor: null, requestsPerSecond: 0, p50: Infinity, p99: Infinity, errors: 0, ok: 0 };

/** The performance targets of the benchmarks issue, checked against one run's figures. */
export const TARGETS: { label: string; check: Check }[] = [
  {
    label: "JSON list p99 <= 50 ms and >= 600 req/s",
    check: (m) => {
      const r = get(m, "JSON list (50 rows, keyset)");
      return { met: r.p99 <= 50 && r.requestsPerSecond >= 600, actual: `p99 ${r.p99} ms, ${r.requestsPerSecond} req/s` };
    },
  },
  {
    label: "tracker page p99 <= 150 ms",
    check: (m) => {
      const r = get(m, "tracker page (filter + sort)");
      return { met: r.p99 <= 150, actual: `p99 ${r.p99} ms` };
    },
  },
  {
    label: "status change p99 <= 50 ms at >= 400 req/s, none lost",
    check: (m, lost) => {
      const r = get(m, "status change (API)");
      return { met: r.p99 <= 50 && r.requestsPerSecond >= 400 && lost === 0 && r.errors === 0, actual: `p99 ${r.p99} ms, ${r.requestsPerSecond} req/s, ${r.errors} errors, ${lost} lost` };
    },
  },
  {
    label: "search p99 <= 50 ms",
    check: (m) => {
      const a = get(m, "search: full text");
      const b = get(m, "search: partial word");
      return { met: a.p99 <= 50 && b.p99 <= 50, actual: `full text p99 ${a.p99} ms, partial word p99 ${b.p99} ms` };
    },
  },
  {
    label: "as-of tracker p99 <= 200 ms",
    check: (m) => {
      const r = get(m, "as-of tracker (D and R)");
      return { met: r.p99 <= 200, actual: `p99 ${r.p99} ms` };
    },
  },
  {
    label: "JSON list p50 within 1.5x of its raw-SQL floor",
    check: (m) => {
      const r = get(m, "JSON list (50 rows, keyset)");
      const f = get(m, "floor: list SQL via pg");
      return { met: r.p50 <= 1.5 * f.p50, actual: `${r.p50} ms vs ${f.p50} ms (${(r.p50 / f.p50).toFixed(2)}x)` };
    },
  },
  {
    label: "no request failed",
    check: (m) => {
      const failed = [...m.values()].reduce((sum, r) => sum + r.errors, 0);
      return { met: failed === 0, actual: `${failed} failed` };
    },
  },
];
