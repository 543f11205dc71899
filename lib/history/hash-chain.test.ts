import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import { changePayload, checkChain, GENESIS_HASH, jsonbText, type StoredChange } from "./hash-chain";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function chain(length: number): StoredChange[] {
  const links: StoredChange[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const fields = {
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
      diffText: jsonbText({ title: { before: `t${seq - 1}`, after: `t${seq}` } }),
      revertsId: null,
      prevHash,
    };
    const hash = sha256(changePayload(fields));
    links.push({ ...fields, id: BigInt(seq), hash, hashVersion: 2 });
    prevHash = hash;
  }
  return links;
}

describe("jsonb text", () => {
  it("orders keys as PostgreSQL does: shorter first, then by their UTF-8 bytes", () => {
    // The database printed exactly this for the same value (see the integrity integration test, which compares them).
    expect(jsonbText({ bb: 1, a: [1, 2], c: { z: null, é: "x\u0001\n\"", aa: 1, ab: 1000 } })).toBe(
      '{"a": [1, 2], "c": {"z": null, "aa": 1, "ab": 1000, "é": "x\\u0001\\n\\""}, "bb": 1}',
    );
    expect(jsonbText({})).toBe("{}");
    expect(jsonbText([])).toBe("[]");
  });
});

describe("canonical JSON (records sealed before the database hashed them)", () => {
  it("serialises equal objects identically whatever their key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe("hash chain", () => {
  it("accepts an intact chain", () => {
    expect(checkChain(chain(5))).toEqual([]);
  });

  it("reports every altered record, not only the first", () => {
    const links = chain(5);
    (links[1] as StoredChange).reason = "rewritten";
    (links[3] as StoredChange).diffText = jsonbText({ title: { before: "t3", after: "forged" } });
    expect(checkChain(links).map((f) => [f.seq, f.problem])).toEqual([
      [2, "its contents do not match its hash"],
      [4, "its contents do not match its hash"],
    ]);
  });

  it("detects a removed record and a re-hashed record that no longer links to its successor", () => {
    const links = chain(5);
    expect(checkChain([...links.slice(0, 2), ...links.slice(3)])).toEqual([expect.objectContaining({ seq: 4, problem: "record #3 is missing before it" })]);
    const forged = chain(5);
    const third = forged[2] as StoredChange;
    third.reason = "rewritten";
    third.hash = sha256(changePayload(third));
    expect(checkChain(forged)).toEqual([expect.objectContaining({ seq: 4, problem: "its previous-hash does not match the record before it" })]);
  });

  it("changes the hash when any covered field changes", () => {
    const [first] = chain(1) as [StoredChange];
    const hash = (record: StoredChange) => sha256(changePayload(record));
    expect(hash({ ...first, actorId: "someone else" })).not.toBe(first.hash);
    expect(hash({ ...first, recordedAt: new Date(first.recordedAt.getTime() + 1) })).not.toBe(first.hash);
    expect(hash({ ...first, diffText: jsonbText({ title: { before: "t0", after: "x" } }) })).not.toBe(first.hash);
    expect(hash({ ...first, revertsId: 7n })).not.toBe(first.hash);
  });
});
