import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden } from "@/lib/errors";

/** Everything a member can do in a workspace, and the roles allowed to do it. The one policy table. */
const POLICY = {
  "workspace.read": ["owner", "analyst", "viewer"],
  "item.write": ["owner", "analyst"],
  "source.write": ["owner", "analyst"],
  "view.write": ["owner", "analyst", "viewer"],
  "view.share": ["owner", "analyst"],
  "members.read": ["owner", "analyst", "viewer"],
  "members.manage": ["owner"],
  "members.leave": ["owner", "analyst", "viewer"],
  "security.read": ["owner"],
  "integrity.read": ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

export function can(role: Role, action: Action): boolean {
  return (POLICY[action] as readonly Role[]).includes(role);
}

/** The roles allowed an action, for checks the database repeats inside a write (pt_item_write). */
export function rolesAllowed(action: Action): readonly Role[] {
  return POLICY[action];
}

export function assertCan(role: Role, action: Action): void {
  if (!can(role, action)) throw forbidden();
}
