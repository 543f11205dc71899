import { z } from "zod";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { insertWorkspace, ZCreateWorkspace } from "@/lib/workspaces/create-workspace";
import { ZEmailAddress, ZPersonName } from "./account-input";

export const ZOperatorAccount = z.object({
  name: ZPersonName,
  email: ZEmailAddress,
  password: ZNewPassword,
  administrator: z.boolean().default(false),
  workspace: ZCreateWorkspace.optional(),
});

export type OperatorAccountInput = z.input<typeof ZOperatorAccount>;

/**
 * An account made by an operator from the command line (`npm run user:create`), who has the database and so needs no
 * invite: optionally an administrator, optionally with a workspace of their own. The first account of an instance is
 * made by createFirstOwner instead.
 */
export async function createAccountAsOperator(input: OperatorAccountInput) {
  const data = ZOperatorAccount.parse(input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new DomainError("conflict", `An account with the address ${data.email} exists already.`);
  }
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash, isAdmin: data.administrator }, select: { id: true, email: true } });
    const workspace = data.workspace ? await insertWorkspace(tx, { userId: user.id, email: user.email }, data.workspace) : null;
    await recordSecurityEvent({ type: "account.created", actorId: null, userId: user.id, details: { via: "operator", administrator: data.administrator } }, tx);
    return { email: user.email, administrator: data.administrator, slug: workspace?.slug ?? null };
  });
}
