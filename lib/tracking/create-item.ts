import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/workspaces/authorize";
import { ZCreateItem, type CreateItemInput } from "./item-input";
import { writeItem } from "./item-write";

export async function createItem(actor: Actor, workspaceSlug: string, input: CreateItemInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZCreateItem.parse(input);
  const { itemId, version } = await writeItem(actor, access, { type: "item.created", args: data });
  return { id: itemId, version };
}
