import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { checkpointEnv } from "@/lib/env";

/**
 * Checkpoints anchor the history outside the database (docs/decisions/011): the head of every chain (its sequence
 * number, the hash of its last record and how many records it holds), grouped by workspace, with a digest per workspace
 * and one over all of them, signed with an Ed25519 key kept outside the database. A later verification finds anything
 * the checkpoint saw that is missing or different, even if whoever changed it recomputed every hash after.
 */

export const CHECKPOINT_FORMAT = "policy-tracker/checkpoint/1";

/** [chainKey, seq of the head, records in the chain, hash of the head]. */
export type ChainHead = [chainKey: string, seq: number, count: number, hash: string];

export type WorkspaceSection = { workspaceId: string; digest: string; chains: ChainHead[] };

const ZChainHead = z.tuple([z.string(), z.number().int().positive(), z.number().int().positive(), z.string().regex(/^[0-9a-f]{64}$/)]);
const ZSection = z.object({ workspaceId: z.uuid(), digest: z.string(), chains: z.array(ZChainHead) });

export const ZCheckpoint = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  createdAt: z.iso.datetime(),
  keyId: z.string(),
  publicKey: z.string(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string(),
  workspaces: z.array(ZSection),
  /** In one workspace's copy (the Integrity page's download): the digests of the other workspaces' sections. */
  otherDigests: z.array(z.string()).optional(),
});

export type Checkpoint = z.infer<typeof ZCheckpoint>;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A workspace's digest: its id, then one line per chain in chain order. */
export function sectionDigest(workspaceId: string, chains: ChainHead[]): string {
  const sorted = [...chains].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sha256([`workspace ${workspaceId}`, ...sorted.map((head) => head.join(" "))].join("\n"));
}

/** The checkpoint's digest: the workspaces' digests, sorted. */
export function topDigest(sectionDigests: string[]): string {
  return sha256([...sectionDigests].sort().join("\n"));
}

export const keyId = (publicKey: KeyObject) => sha256(publicKey.export({ type: "spki", format: "pem" }).toString()).slice(0, 16);

/** Builds and signs a checkpoint from the chains' heads, grouped by workspace. */
export function signCheckpoint(heads: { workspaceId: string; head: ChainHead }[], privateKey: KeyObject, now = new Date()): Checkpoint {
  const byWorkspace = new Map<string, ChainHead[]>();
  for (const { workspaceId, head } of heads) byWorkspace.set(workspaceId, [...(byWorkspace.get(workspaceId) ?? []), head]);
  const workspaces = [...byWorkspace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([workspaceId, chains]) => ({
      workspaceId,
      digest: sectionDigest(workspaceId, chains),
      chains: chains.sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    }));
  const digest = topDigest(workspaces.map((w) => w.digest));
  const publicKey = createPublicKey(privateKey);
  return {
    format: CHECKPOINT_FORMAT,
    createdAt: now.toISOString(),
    keyId: keyId(publicKey),
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
    digest,
    signature: sign(null, Buffer.from(digest), privateKey).toString("base64"),
    workspaces,
  };
}

/** One workspace's part of a checkpoint, still verifiable on its own: its section, the other digests, the signature. */
export function workspaceCopy(checkpoint: Checkpoint, workspaceId: string): Checkpoint {
  return {
    ...checkpoint,
    workspaces: checkpoint.workspaces.filter((w) => w.workspaceId === workspaceId),
    otherDigests: checkpoint.workspaces.filter((w) => w.workspaceId !== workspaceId).map((w) => w.digest),
  };
}

/**
 * Problems with the checkpoint itself: a section whose chains do not give its digest, digests that do not give the
 * checkpoint's, a signature that does not verify, or a key other than the one we trust.
 */
export function checkpointProblems(checkpoint: Checkpoint, trustedKey: KeyObject | null): string[] {
  const problems: string[] = [];
  for (const section of checkpoint.workspaces) {
    if (sectionDigest(section.workspaceId, section.chains) !== section.digest) problems.push(`the checkpoint's section for workspace ${section.workspaceId} does not match its digest`);
  }
  if (topDigest([...checkpoint.workspaces.map((w) => w.digest), ...(checkpoint.otherDigests ?? [])]) !== checkpoint.digest) {
    problems.push("the checkpoint's workspace digests do not give its digest");
  }
  const key = trustedKey ?? createPublicKey(checkpoint.publicKey);
  if (trustedKey && keyId(trustedKey) !== checkpoint.keyId) problems.push(`the checkpoint was signed by key ${checkpoint.keyId}, not the trusted key ${keyId(trustedKey)}`);
  else if (!verify(null, Buffer.from(checkpoint.digest), key, Buffer.from(checkpoint.signature, "base64"))) problems.push("the checkpoint's signature does not verify");
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------------
// Keys and files. The signing key lives outside the database: CHECKPOINT_SIGNING_KEY (a PEM private key), or the file
// CHECKPOINT_SIGNING_KEY_FILE (default <DATA_DIR>/checkpoint-signing-key.pem, made on first use). Verification trusts
// CHECKPOINT_PUBLIC_KEY (PEM) or the public half of that key; checkpoints are written to CHECKPOINT_DIR.

export const checkpointDir = () => checkpointEnv().CHECKPOINT_DIR;

/** The signing key, created in the key file on first use when none is configured. */
export async function signingKey(): Promise<KeyObject> {
  const env = checkpointEnv();
  if (env.CHECKPOINT_SIGNING_KEY) return createPrivateKey(env.CHECKPOINT_SIGNING_KEY);
  const file = env.CHECKPOINT_SIGNING_KEY_FILE;
  if (existsSync(file)) return createPrivateKey(await readFile(file, "utf8"));
  const { privateKey } = generateKeyPairSync("ed25519");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  return privateKey;
}

/** The key verification trusts, or null when none is configured (then only the checkpoint's own key is checked). */
export async function trustedPublicKey(): Promise<KeyObject | null> {
  const env = checkpointEnv();
  if (env.CHECKPOINT_PUBLIC_KEY) return createPublicKey(env.CHECKPOINT_PUBLIC_KEY);
  if (env.CHECKPOINT_SIGNING_KEY) return createPublicKey(createPrivateKey(env.CHECKPOINT_SIGNING_KEY));
  const file = env.CHECKPOINT_SIGNING_KEY_FILE;
  return existsSync(file) ? createPublicKey(createPrivateKey(await readFile(file, "utf8"))) : null;
}

export async function writeCheckpointFile(checkpoint: Checkpoint): Promise<string> {
  const dir = checkpointDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `checkpoint-${checkpoint.createdAt.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(checkpoint, null, 1)}\n`);
  return file;
}

/** The newest checkpoint file in CHECKPOINT_DIR, if any. */
export async function latestCheckpointFile(): Promise<string | null> {
  const dir = checkpointDir();
  if (!existsSync(dir)) return null;
  const files = (await readdir(dir)).filter((f) => /^checkpoint-.*\.json$/.test(f)).sort();
  return files.length ? path.join(dir, files[files.length - 1] as string) : null;
}

export async function readCheckpointFile(file: string): Promise<Checkpoint> {
  return ZCheckpoint.parse(JSON.parse(await readFile(file, "utf8")));
}
