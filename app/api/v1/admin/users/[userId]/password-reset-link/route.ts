import { createResetLink } from "@/lib/admin/create-reset-link";
import { apiRoute, pathId } from "@/lib/http/api-route";

type Params = { userId: string };

/** A password reset link for the account, to pass on (also emailed when mail works). Administrators. */
export const POST = apiRoute<Params>(async ({ params, actor }) => createResetLink(actor, { userId: pathId(params.userId, "Account") }));
