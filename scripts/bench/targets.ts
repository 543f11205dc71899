export type Measured = {
  name: string;
  floor: string | null;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** At one connection: the service time without queueing. */
  serialP50: number;
  serialP99: number;
  errors: number;
  ok: number;
};

type Check = (byName: Map<string, Measured>, lost: number) => { met: boolean; actual: string };

/** An endpoint's requests/s as a share of its floor's, measured in the same run. */
function share(minimum: number, ...names: string[]): Check {
  return (byName) => {
    if (names.some((name) => !byName.has(name))) return { met: false, actual: "not measured in this run" };
    const shares = names.map((name) => {
      const m = byName.get(name);
      const floor = m?.floor ? byName.get(m.floor) : undefined;
      return { name, value: m && floor && floor.requestsPerSecond > 0 ? m.requestsPerSecond / floor.requestsPerSecond : 0 };
    });
    return { met: shares.every((s) => s.value >= minimum), actual: shares.map((s) => `${s.name} ${s.value.toFixed(2)}`).join(", ") };
  };
}

/** The targets of the speed issue: each endpoint's requests/s as a share of its floor's, no failure, nothing lost. */
export const TARGETS: { label: string; check: Check }[] = [
  { label: "status change >= 0.4 of constant JSON", check: share(0.4, "status change (API)") },
  { label: "JSON list >= 0.5 of constant JSON", check: share(0.5, "JSON list (50 rows, keyset)") },
  { label: "tracker and as-of pages >= 0.5 of the cheapest page", check: share(0.5, "tracker page (filter + sort)", "as-of tracker (D and R)") },
  { label: "item page >= 0.4 of the cheapest page", check: share(0.4, "item page") },
  { label: "history >= 0.5 of constant JSON", check: share(0.5, "history of a 1,000-change item") },
  {
    label: "search >= 0.3 of constant JSON",
    check: share(0.3, "search: full text", "search: partial word", "search: a phrase found nowhere", "search: two-character CJK word"),
  },
  {
    label: "no request failed, no write lost",
    check: (byName, lost) => {
      const failed = [...byName.values()].reduce((sum, r) => sum + r.errors, 0);
      return { met: failed === 0 && lost === 0, actual: `${failed} failed, ${lost} lost` };
    },
  },
];
