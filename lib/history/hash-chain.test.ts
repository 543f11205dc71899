import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import { findChainBreak, GENESIS_HASH, hashChange, type ChainLink, type HashedFields } from "./hash-chain";

function chain(length: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const fields: HashedFields = {
      workspaceId: "w",
      chainKey: "item:1",
      seq,
      itemId: "1",
      sourceId: null,
      actorId: "u",
      recordedAt: new Date(Date.UTC(2026, 0, seq)),
      type: "item.updated",
      changeKind: "policy_development",
      reason: `change ${seq}`,
      diff: { title: { before: `t${seq - 1}`, after: `t${seq}` } },
      revertsId: null,
      prevHash,
    };
    const hash = hashChange(fields);
    links.push({ ...fields, id: BigInt(seq), hash });
    prevHash = hash;
  }
  return links;
}

describe("canonical JSON", () => {
  it("serialises equal objects identically whatever their key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe("hash chain", () => {
  it("accepts an intact chain", () => {
    expect(findChainBreak(chain(5))).toBeNull();
  });

  it("names the first record whose contents were altered", () => {
    const links = chain(5);
    (links[2] as ChainLink).reason = "rewritten";
    expect(findChainBreak(links)).toMatchObject({ seq: 3, problem: "its contents do not match its hash" });
  });

  it("detects a removed record and a re-hashed record that no longer links to its successor", () => {
    const links = chain(5);
    expect(findChainBreak([...links.slice(0, 2), ...links.slice(3)])).toMatchObject({ seq: 4 });
    const forged = chain(5);
    const third = forged[2] as ChainLink;
    third.reason = "rewritten";
    third.hash = hashChange(third);
    expect(findChainBreak(forged)).toMatchObject({ seq: 4, problem: "its previous-hash does not match the record before it" });
  });

  it("changes the hash when any covered field changes", () => {
    const [first] = chain(1) as [ChainLink];
    expect(hashChange({ ...first, actorId: "someone else" })).not.toBe(first.hash);
    expect(hashChange({ ...first, recordedAt: new Date(first.recordedAt.getTime() + 1) })).not.toBe(first.hash);
    expect(hashChange({ ...first, diff: { title: { before: "t0", after: "x" } } })).not.toBe(first.hash);
  });
});
