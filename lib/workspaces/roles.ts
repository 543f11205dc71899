import type { Role } from "@/lib/generated/prisma/enums";

/** The roles as people read them, in order of authority; shared by the members page and the invite page. */
export const ROLES: Record<Role, { label: string; description: string }> = {
  owner: { label: "Owner", description: "Everything an analyst does, and manages members and invites" },
  analyst: { label: "Analyst", description: "Records items, statuses, citations and sources" },
  viewer: { label: "Viewer", description: "Reads the tracker, sources and history" },
};

export const ROLE_ORDER = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}
