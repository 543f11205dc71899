import { timelineRoute } from "../chart-routes";

/** The workspace timeline for the tracker's query string and a period, as a PNG picture. */
export const GET = timelineRoute("png");
