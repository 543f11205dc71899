import { timelineRoute } from "../chart-routes";

/** The workspace timeline for the tracker's query string and a period, as a standalone SVG file. */
export const GET = timelineRoute("svg");
