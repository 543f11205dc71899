import { endSession } from "@/lib/accounts/end-session";
import { apiRoute, pathId } from "@/lib/http/api-route";

type Params = { sessionId: string };

/** Ends one of the caller's sessions. */
export const DELETE = apiRoute<Params>(async ({ params, actor }) => endSession(actor, { sessionId: pathId(params.sessionId, "Session") }));
