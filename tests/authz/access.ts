import { can, type Action } from "@/lib/authz";

/**
 * Who may call an entry point: the members a policy action allows (other members are refused, everyone else is told
 * the workspace does not exist), any signed-in person, or anyone at all.
 */
export type Access = { policy: Action } | { signedIn: true } | { public: true };

/** The five kinds of caller every entry point is tried with, least privileged first. */
export const CALLERS = ["anonymous", "stranger", "viewer", "analyst", "owner"] as const;
export type Caller = (typeof CALLERS)[number];

export type Outcome = "allowed" | "unauthenticated" | "not_found" | "forbidden";

/** What the policy says must happen to a caller. A stranger belongs to another workspace only. */
export function expectedOutcome(access: Access, caller: Caller): Outcome {
  if ("public" in access) return "allowed";
  if (caller === "anonymous") return "unauthenticated";
  if ("signedIn" in access) return "allowed";
  if (caller === "stranger") return "not_found";
  return can(caller, access.policy) ? "allowed" : "forbidden";
}
