import { z } from "zod";

/** A person's name as their teammates see it beside their changes. */
export const ZPersonName = z.string("Enter your name").trim().min(1, "Enter your name").max(100, "Use at most 100 characters");

/** An email address, compared and stored in lower case. */
export const ZEmailAddress = z.string("Enter an email address").trim().toLowerCase().max(320, "Use at most 320 characters").pipe(z.email("Enter an email address"));
