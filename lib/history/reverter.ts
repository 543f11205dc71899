import type { Actor } from "@/lib/auth/actor";

/** The change being reverted, as stored. */
export type RevertedChange = { id: bigint; itemId: string; diff: unknown };

/**
 * Undoes one kind of change with a new change that names it (revertsId). Each lives beside the write it undoes;
 * revert-change.ts maps change types to them.
 */
export type Reverter = (
  actor: Actor,
  workspaceSlug: string,
  change: RevertedChange,
  common: { expectedVersion: number; reason: string },
) => Promise<{ version: number }>;
