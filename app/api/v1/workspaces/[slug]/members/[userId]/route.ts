import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { changeRole, type ChangeRoleInput } from "@/lib/workspaces/change-role";
import { removeMember } from "@/lib/workspaces/remove-member";

type Params = { slug: string; userId: string };

/** Body: { role }. Owners only; the last owner cannot be demoted. */
export const PATCH = apiRoute<Params>(async ({ request, params, actor }) =>
  changeRole(actor, params.slug, await bodyInput<ChangeRoleInput>(request, { userId: pathId(params.userId, "Member") })),
);

/** Owners remove a member; a member whose own id is in the path leaves. */
export const DELETE = apiRoute<Params>(async ({ params, actor }) => removeMember(actor, params.slug, { userId: pathId(params.userId, "Member") }));
