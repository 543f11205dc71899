import { changePassword, type ChangePasswordInput } from "@/lib/accounts/change-password";
import { apiRoute, bodyInput } from "@/lib/http/api-route";

/** Body: { currentPassword, newPassword }. Every other session of the account ends. */
export const POST = apiRoute(async ({ request, actor }) => changePassword(actor, await bodyInput<ChangePasswordInput>(request)));
