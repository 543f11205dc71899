import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { addSource } from "@/lib/sources/add-source";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct horse battery staple";

/** A user with a unique email; every test makes its own, so tests never share rows. */
export async function createUser(name = "Test User"): Promise<Actor> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${unique("user")}@example.test`;
  const user = await db.user.create({ data: { email, name, passwordHash: await cachedHash }, select: { id: true, email: true, name: true } });
  return { userId: user.id, email: user.email, name: user.name };
}

/** A workspace owned by a new user, with one member of each other role. */
export async function createTeam() {
  const owner = await createUser("Owner");
  const analyst = await createUser("Analyst");
  const viewer = await createUser("Viewer");
  const workspace = await createWorkspace(owner, { name: "Test team", slug: unique("ws") });
  await db.membership.createMany({
    data: [
      { workspaceId: workspace.id, userId: analyst.userId, role: "analyst" satisfies Role },
      { workspaceId: workspace.id, userId: viewer.userId, role: "viewer" satisfies Role },
    ],
  });
  return { workspace, slug: workspace.slug, owner, analyst, viewer };
}

export async function createSource(actor: Actor, slug: string, body = `${unique("body")} Japan said it would lift export controls.`) {
  return addSource(actor, slug, { title: unique("Source"), language: "en", body, publishedOn: "2023-03" });
}
