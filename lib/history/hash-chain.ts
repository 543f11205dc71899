import { createHash } from "node:crypto";
import { canonicalJson, type JsonValue } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

/**
 * A change record as history:verify reads it: every field its hash covers, the diff as PostgreSQL renders the stored
 * jsonb (`diff::text`), and the hash and hash version it was sealed with.
 */
export type StoredChange = {
  id: bigint;
  workspaceId: string;
  chainKey: string;
  seq: number;
  itemId: string | null;
  sourceId: string | null;
  actorId: string | null;
  recordedAt: Date;
  type: string;
  changeKind: string;
  reason: string;
  diffText: string;
  revertsId: bigint | null;
  prevHash: string;
  hash: string;
  hashVersion: number;
};

const byteLength = (key: string) => Buffer.byteLength(key, "utf8");

/** JSON text already rendered by PostgreSQL (a stored diff), inserted into jsonbText's output as it is. */
export class RenderedJson {
  constructor(readonly text: string) {}
}

type Renderable = JsonValue | RenderedJson | { [key: string]: Renderable };

/**
 * A JSON value as PostgreSQL writes jsonb as text: object keys shorter first, then by their UTF-8 bytes; ", " and ": "
 * between items; strings escaped as JSON.stringify escapes them (the same set of characters). Numbers are integers in
 * everything we hash.
 */
export function jsonbText(value: Renderable): string {
  if (value instanceof RenderedJson) return value.text;
  if (value === null) return "null";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(", ")}]`;
  const keys = Object.keys(value).sort((a, b) => byteLength(a) - byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return `{${keys.map((key) => `${JSON.stringify(key)}: ${jsonbText(value[key] as Renderable)}`).join(", ")}}`;
}

/**
 * What a record's hash is taken over, exactly as pt_change_hash builds it in the database (the migration
 * "integrity"): a jsonb object of the record's fields, as text. Computed here independently of the database's function,
 * which a superuser could replace.
 */
export function changePayload(record: Omit<StoredChange, "id" | "hash" | "hashVersion">): string {
  return jsonbText(coveredFields(record, new RenderedJson(record.diffText)));
}

/** The fields a record's hash covers, with its diff in the form the hash version takes it. */
function coveredFields<D>(record: Omit<StoredChange, "id" | "hash" | "hashVersion">, diff: D) {
  return {
    workspaceId: record.workspaceId,
    chainKey: record.chainKey,
    seq: record.seq,
    itemId: record.itemId,
    sourceId: record.sourceId,
    actorId: record.actorId,
    recordedAt: record.recordedAt.toISOString(),
    type: record.type,
    changeKind: record.changeKind,
    reason: record.reason,
    diff,
    revertsId: record.revertsId === null ? null : record.revertsId.toString(),
    prevHash: record.prevHash,
  };
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Records sealed before the database hashed them (hashVersion 1): the app's canonical JSON of the parsed diff. */
function legacyHash(record: StoredChange): string {
  return sha256(canonicalJson(coveredFields(record, JSON.parse(record.diffText) as JsonValue)));
}

/** The hash a record should carry, recomputed from its stored fields. */
export function expectedHash(record: StoredChange): string {
  return record.hashVersion === 1 ? legacyHash(record) : sha256(changePayload(record));
}

export type ChainFinding = { chainKey: string; id?: bigint; seq?: number; problem: string };

/**
 * Checks one chain, given in seq order, and reports every record that does not follow from its predecessor: a gap in
 * the sequence, a previous-hash that does not match, contents that do not match the hash.
 */
export function checkChain(records: StoredChange[]): ChainFinding[] {
  const findings: ChainFinding[] = [];
  let expectedSeq = 1;
  let previous: StoredChange | undefined;
  for (const record of records) {
    const at = { chainKey: record.chainKey, id: record.id, seq: record.seq };
    if (record.seq > expectedSeq) {
      const gap = record.seq - 1 === expectedSeq ? `record #${expectedSeq} is` : `records #${expectedSeq}–#${record.seq - 1} are`;
      findings.push({ ...at, problem: `${gap} missing before it` });
    } else if (record.seq < expectedSeq) {
      findings.push({ ...at, problem: `sequence number ${record.seq} repeats` });
    }
    const expectedPrev = record.seq === 1 ? GENESIS_HASH : previous?.seq === record.seq - 1 ? previous.hash : null;
    if (expectedPrev !== null && record.prevHash !== expectedPrev) findings.push({ ...at, problem: "its previous-hash does not match the record before it" });
    if (expectedHash(record) !== record.hash) findings.push({ ...at, problem: "its contents do not match its hash" });
    expectedSeq = record.seq + 1;
    previous = record;
  }
  return findings;
}
