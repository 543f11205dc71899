import { can, type Action } from "@/lib/authz";

/**
 * Who may call an entry point: the members a policy action allows (other members are refused, everyone else is told
 * the workspace does not exist), any signed-in person, the instance's administrators, or anyone at all. A policy may name a record one member owns
 * (a saved view, a share link they made): only they and the workspace's owners may change it, other members the policy
 * allows are refused; and if it is personal, only they know it exists, other members are told it does not.
 */
export type Access = { policy: Action; owned?: Owned } | { signedIn: true } | { admin: true } | { public: true };

/**
 * The five kinds of caller every entry point is tried with, least privileged first. The owner also administers the
 * instance (the demo's owner does, and the action matrix's fixtures make theirs an administrator); no one else does.
 */
export const CALLERS = ["anonymous", "stranger", "viewer", "analyst", "owner"] as const;
export type Caller = (typeof CALLERS)[number];
/** The callers who are members of the workspace, each with the role of their name. */
export type Member = Exclude<Caller, "anonymous" | "stranger">;

/** The member who owns the record an entry point acts on, and whether it is theirs alone (a personal view). */
export type Owned = { by: Member; personal?: true };

export type Outcome = "allowed" | "unauthenticated" | "not_found" | "forbidden";

/** What the policy says must happen to a caller. A stranger belongs to another workspace only. */
export function expectedOutcome(access: Access, caller: Caller): Outcome {
  if ("public" in access) return "allowed";
  if (caller === "anonymous") return "unauthenticated";
  if ("signedIn" in access) return "allowed";
  if ("admin" in access) return caller === "owner" ? "allowed" : "forbidden";
  if (caller === "stranger") return "not_found";
  // The role is checked first, on the workspace; the record is looked up after it.
  if (!can(caller, access.policy)) return "forbidden";
  if (access.owned && caller !== access.owned.by) {
    if (access.owned.personal) return "not_found";
    if (caller !== "owner") return "forbidden";
  }
  return "allowed";
}
