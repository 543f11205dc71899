import { z } from "zod";

const ZServerEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which set it"),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  // API requests a minute, per person and per API token (docs/decisions/021); 0 turns a limit off.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().nonnegative().default(600),
  RATE_LIMIT_TOKEN_PER_MINUTE: z.coerce.number().int().nonnegative().default(300),
});

export type ServerEnv = z.infer<typeof ZServerEnv>;

let cached: ServerEnv | undefined;

/** The validated server environment; fails fast with a message naming the missing variable. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = ZServerEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}
