-- Rate limits' arrival times to the microsecond, as now() is (docs/decisions/021). Stored to the millisecond, each
-- request's rounding repeated with the next: a limit of 599 a minute let 594 or 600 requests through in one instant,
-- and the last of any allowance taken within a millisecond or two was refused about every other time. The table is
-- unlogged and small (one row per person and token that made a request in the last minute); the rewrite is brief.
ALTER TABLE "RateLimit" ALTER COLUMN "tat" SET DATA TYPE TIMESTAMPTZ(6);
