import { cache } from "react";
import { requestLocale } from "./request";
import { wordsFor, type Words } from "./words";

/** For server components: the words of the request's language. */
export const getWords = cache(async (): Promise<Words> => wordsFor(await requestLocale()));
