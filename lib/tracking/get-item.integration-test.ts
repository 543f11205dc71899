import { describe, expect, it } from "vitest";
import { createTeam, unique } from "@/tests/factories";
import { createItem } from "./create-item";
import { getItem } from "./get-item";
import { recordStatusChange } from "./record-status-change";

describe("an item's statuses", () => {
  it("come all by default, or the latest few in timeline order, with how many there are; a corrected one is not counted", async () => {
    const { analyst, slug } = await createTeam();
    const item = await createItem(analyst, slug, { kind: "export_control", title: unique("Long-followed"), implementingJurisdictions: ["JP"] });
    // Recorded out of effective-date order: the latest are the latest in effect, not the last recorded.
    const days = ["2020-03-01", "2018-01-01", "2021-06-01", "2019-05-01", "2022-02-01"];
    const ids: string[] = [];
    for (const [n, effectiveOn] of days.entries()) {
      const { eventId } = await recordStatusChange(analyst, slug, {
        itemId: item.id,
        expectedVersion: n + 1,
        status: n % 2 ? "in_force" : "announced",
        effectiveOn,
        reason: `Status ${n}`,
        noSourceYet: true,
      });
      ids.push(eventId);
    }
    // The 2022 status corrected into 2023: the retracted one leaves the timeline and the count.
    await recordStatusChange(analyst, slug, {
      itemId: item.id,
      expectedVersion: 6,
      status: "lifted",
      effectiveOn: "2023-01-01",
      reason: "Corrected",
      changeKind: "correction",
      correctsEventId: ids[4],
      noSourceYet: true,
    });
    const effective = (events: { effectiveOn: Date }[]) => events.map((e) => e.effectiveOn.toISOString().slice(0, 10));

    const all = await getItem(analyst, slug, item.id);
    expect(effective(all.item.statusEvents)).toEqual(["2018-01-01", "2019-05-01", "2020-03-01", "2021-06-01", "2023-01-01"]);
    expect(all.item.statusEventCount).toBe(5);

    const latest = await getItem(analyst, slug, item.id, { latestStatuses: 2 });
    expect(effective(latest.item.statusEvents)).toEqual(["2021-06-01", "2023-01-01"]);
    expect(latest.item.statusEventCount).toBe(5);
    expect(latest.item.currentStatus).toBe(all.item.currentStatus);
  });
});
