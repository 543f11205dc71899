import * as en from "@/messages/en";
import * as ja from "@/messages/ja";
import * as ko from "@/messages/ko";
import type { Locale } from "./locales";

export type AppMessages = typeof en;

/** The interface's messages in each language; English is the reference every other language must match. */
export const MESSAGES: Record<Locale, AppMessages> = { en, ja, ko };
