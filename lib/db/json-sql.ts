import { Prisma } from "@/lib/generated/prisma/client";

/**
 * For answers PostgreSQL writes as JSON text (the API's lists, sent as they come: no row parsing, no Date objects, no
 * stringify; docs/decisions/030): an instant as JSON.stringify writes a Date, "2024-03-01T09:30:00.000Z". The columns
 * are timestamptz(3), so no digit is lost.
 */
export const jsonInstant = (value: Prisma.Sql): Prisma.Sql => Prisma.sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A day as JSON.stringify writes the Date a date column is read as (its midnight UTC): "2024-03-01T00:00:00.000Z". */
export const jsonDay = (value: Prisma.Sql): Prisma.Sql => Prisma.sql`to_char(${value}, 'YYYY-MM-DD"T00:00:00.000Z"')`;
