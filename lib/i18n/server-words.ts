import { cache } from "react";
import type { ChartText } from "@/lib/views/describe-query";
import { chartTextFor } from "./chart-text";
import { requestLocale } from "./request";
import { wordsFor, type Words } from "./words";

/** For server components: the words of the request's language. */
export const getWords = cache(async (): Promise<Words> => wordsFor(await requestLocale()));

/** For server components: what charts say in the request's language. */
export const getChartText = cache(async (): Promise<ChartText> => chartTextFor(await requestLocale()));
