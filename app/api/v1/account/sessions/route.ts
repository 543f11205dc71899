import { listMySessions } from "@/lib/accounts/list-my-sessions";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { apiRoute } from "@/lib/http/api-route";

/** The caller's sessions that may still be in use. */
export const GET = apiRoute(async ({ actor }) => ({ sessions: await listMySessions(actor) }));

/** Signs out everywhere: every session of the caller ends, this one included. */
export const DELETE = apiRoute(async ({ actor }) => signOutEverywhere(actor));
