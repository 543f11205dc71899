import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { appendWorkspaceChange } from "@/lib/history/append-change";
import { forgetMemberships } from "./authorize";

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export const ZCreateWorkspace = z.object({
  name: z.string().trim().min(2, "Enter a name of at least 2 characters").max(100),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(SLUG_PATTERN, "Use 1–40 lower-case letters, digits and dashes"),
});

export type CreateWorkspaceInput = z.input<typeof ZCreateWorkspace>;

const TAKEN = () => new DomainError("conflict", "That address is taken", { fields: { slug: ["That address is taken; choose another"] } });

/** Creates a workspace with the actor as its first owner. */
export async function createWorkspace(actor: Actor, input: CreateWorkspaceInput) {
  assertNotToken(actor);
  const data = ZCreateWorkspace.parse(input);
  const workspace = await db.$transaction((tx) => insertWorkspace(tx, actor, data));
  forgetMemberships(actor);
  return workspace;
}

/** The workspace, its first owner and its first change record, in the caller's transaction (the first run's too). */
export async function insertWorkspace(tx: Tx, owner: { userId: string; email: string }, data: z.output<typeof ZCreateWorkspace>) {
  if (await tx.workspace.findUnique({ where: { slug: data.slug }, select: { id: true } })) throw TAKEN();
  const workspace = await tx.workspace.create({ data, select: { id: true, slug: true, name: true } });
  await tx.membership.create({ data: { workspaceId: workspace.id, userId: owner.userId, role: "owner" } });
  await appendWorkspaceChange(tx, workspace.id, owner.userId, "workspace.created", {
    name: { before: null, after: data.name },
    owner: { before: null, after: owner.email },
  });
  return workspace;
}
