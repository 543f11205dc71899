import { setArchivedRoute } from "../set-archived-route";

export const POST = setArchivedRoute(true);
