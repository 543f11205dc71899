import { requestEmailChange, type EmailChangeInput } from "@/lib/accounts/request-email-change";
import { apiRoute, bodyInput } from "@/lib/http/api-route";

/** Body: { email, currentPassword }. A confirmation link goes to the new address; the account moves when it is opened. */
export const POST = apiRoute(async ({ request, actor }) => requestEmailChange(actor, await bodyInput<EmailChangeInput>(request)));
