import { statusSeriesRoute } from "../chart-routes";

/** Items by kind and status over time (the overview's charts), as a standalone SVG file. */
export const GET = statusSeriesRoute("svg");
