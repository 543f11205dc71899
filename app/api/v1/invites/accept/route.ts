import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { acceptInvite, type AcceptInviteInput } from "@/lib/workspaces/accept-invite";

/** Body: { token } (the last part of the invite link). The caller joins the workspace with the invite's role. */
export const POST = apiRoute(async ({ request, actor }) => acceptInvite(actor, await bodyInput<AcceptInviteInput>(request)));
