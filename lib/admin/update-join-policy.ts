import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { instanceSettings } from "@/lib/accounts/join-policy";
import { db } from "@/lib/db";
import { JoinPolicy } from "@/lib/generated/prisma/enums";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { authorizeAdmin } from "./authorize-admin";

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const ZJoinPolicy = z
  .object({
    joinPolicy: z.enum(JoinPolicy, "Choose who may join"),
    // One per line or separated by commas; "@example.org" and "Example.org" mean example.org.
    allowedDomains: z
      .union([z.string(), z.array(z.string())])
      .default([])
      .transform((value) => (typeof value === "string" ? value.split(/[\s,]+/) : value))
      .transform((list) => [...new Set(list.map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))])
      .pipe(z.array(z.string().regex(DOMAIN, "Each domain looks like example.org")).max(50, "List at most 50 domains")),
  })
  .refine((data) => data.joinPolicy !== "domains" || data.allowedDomains.length > 0, { path: ["allowedDomains"], message: "List at least one domain" });

export type JoinPolicyInput = z.input<typeof ZJoinPolicy>;

/** Sets who may join the instance without an invite. Domains are kept only for the policy that uses them. */
export async function updateJoinPolicy(actor: Actor, input: JoinPolicyInput) {
  await authorizeAdmin(actor, "instance.manage");
  const data = ZJoinPolicy.parse(input);
  const allowedDomains = data.joinPolicy === "domains" ? data.allowedDomains : [];
  const before = await instanceSettings();
  return db.$transaction(async (tx) => {
    const after = await tx.instanceSettings.update({
      where: { id: 1 },
      data: { joinPolicy: data.joinPolicy, allowedDomains, updatedAt: new Date(), updatedById: actor.userId },
      select: { joinPolicy: true, allowedDomains: true },
    });
    await recordSecurityEvent({ type: "instance.join_policy_changed", actorId: actor.userId, client: actor.client, details: { before, after } }, tx);
    return after;
  });
}
