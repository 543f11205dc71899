import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { TokenScope } from "@/lib/generated/prisma/enums";
import { appendWorkspaceChange } from "@/lib/history/append-change";
import { authorize } from "@/lib/workspaces/authorize";
import { newApiToken } from "./api-token";

const DAY_MS = 24 * 60 * 60 * 1000;

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, "Name the token after what uses it").max(80, "At most 80 characters"),
  scope: z.enum(TokenScope, "Choose read or write"),
  expiresInDays: z
    .number("Enter a number of days")
    .int("Enter whole days")
    .min(1, "Between 1 and 366 days")
    .max(366, "Between 1 and 366 days")
    .default(90),
});

export type CreateApiTokenInput = z.input<typeof ZCreateApiToken>;

/**
 * Makes a personal API token for the workspace, acting as the caller with at most their role (a read token only
 * reads). The answer holds the token, the only time it is shown: the database keeps its hash. Recorded on the
 * workspace's history, since a token is access to the workspace.
 */
export async function createApiToken(actor: Actor, workspaceSlug: string, input: CreateApiTokenInput) {
  const access = await authorize(actor, workspaceSlug, "tokens.manage");
  const data = ZCreateApiToken.parse(input);
  const { token, tokenHash } = newApiToken();
  return db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        workspaceId: access.workspaceId,
        userId: actor.userId,
        name: data.name,
        scope: data.scope,
        tokenHash,
        expiresAt: new Date(Date.now() + data.expiresInDays * DAY_MS),
      },
      select: { id: true, name: true, scope: true, createdAt: true, expiresAt: true },
    });
    await appendWorkspaceChange(tx, access.workspaceId, actor.userId, "member.token_created", {
      tokenId: created.id,
      name: { before: null, after: created.name },
      scope: { before: null, after: created.scope },
      owner: { before: null, after: actor.email },
      expiresAt: { before: null, after: created.expiresAt.toISOString() },
    });
    return { ...created, token };
  });
}
