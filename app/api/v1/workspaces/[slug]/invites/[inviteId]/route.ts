import { apiRoute, pathId } from "@/lib/http/api-route";
import { revokeInvite } from "@/lib/workspaces/revoke-invite";

export const DELETE = apiRoute<{ slug: string; inviteId: string }>(async ({ params, actor }) =>
  revokeInvite(actor, params.slug, { inviteId: pathId(params.inviteId, "Invite") }),
);
