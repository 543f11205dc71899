import { z } from "zod";

/** A person's name as their teammates see it beside their changes: one line of text PostgreSQL can store as typed. */
export const ZPersonName = z
  .string("Enter your name")
  .trim()
  .min(1, "Enter your name")
  .max(100, "Use at most 100 characters")
  .regex(/^[^\u0000-\u001f\u007f]*$/, "Remove line breaks and control characters")
  .refine((name) => name.isWellFormed(), "Remove the broken character (an unpaired UTF-16 surrogate)");

/** An email address, compared and stored in lower case. */
export const ZEmailAddress = z.string("Enter an email address").trim().toLowerCase().max(320, "Use at most 320 characters").pipe(z.email("Enter an email address"));
