import { getInstanceSettings } from "@/lib/admin/get-instance-settings";
import { updateJoinPolicy, type JoinPolicyInput } from "@/lib/admin/update-join-policy";
import { apiRoute, bodyInput } from "@/lib/http/api-route";

/** The instance's settings: who may join, and whether it can send email (administrators). */
export const GET = apiRoute(async ({ actor }) => ({ settings: await getInstanceSettings(actor) }));

/** Body: { joinPolicy: "invite_only" | "open" | "domains", allowedDomains? }. */
export const PATCH = apiRoute(async ({ request, actor }) => updateJoinPolicy(actor, await bodyInput<JoinPolicyInput>(request)));
