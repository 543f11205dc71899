import { getAccount } from "@/lib/accounts/get-account";
import { updateProfile, type UpdateProfileInput } from "@/lib/accounts/update-profile";
import { apiRoute, bodyInput } from "@/lib/http/api-route";

/** The caller's own account. */
export const GET = apiRoute(async ({ actor }) => ({ account: await getAccount(actor) }));

/** Body: { name }. */
export const PATCH = apiRoute(async ({ request, actor }) => updateProfile(actor, await bodyInput<UpdateProfileInput>(request)));
