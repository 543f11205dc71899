import { statusSeriesRoute } from "../chart-routes";

/** Items by kind and status over time (the overview's charts), as a PNG picture. */
export const GET = statusSeriesRoute("png");
