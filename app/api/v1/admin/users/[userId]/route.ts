import { setUserActive, type SetUserActiveInput } from "@/lib/admin/set-user-active";
import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";

type Params = { userId: string };

/** Body: { active }. Deactivating ends the account's sessions at once (administrators). */
export const PATCH = apiRoute<Params>(async ({ request, params, actor }) =>
  setUserActive(actor, await bodyInput<SetUserActiveInput>(request, { userId: pathId(params.userId, "Account") })),
);
