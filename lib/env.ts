import proxyAddr from "proxy-addr";
import { z } from "zod";

// An empty value (`SMTP_URL=` in an .env file) counts as unset.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const ZServerEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which set it"),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  // The app's public address: links in emails start with it.
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be an http(s) address" })).transform(
    (value) => value ?? `http://localhost:${process.env.PORT ?? 3000}`,
  ),
  // Where mail goes (smtp:// or smtps://, with user:password@ when the server wants them). Unset: no email is sent and
  // the app shows links to copy instead.
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// address" })),
  MAIL_FROM: z
    .string()
    .default("Policy Tracker <policy-tracker@localhost>")
    .refine((value) => /^[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>$|^[^<>\s@]+@[^<>\s@]+$/.test(value.trim()), "MAIL_FROM must be an address, e.g. Policy Tracker <tracker@example.org>"),
  // The proxies in front of the app whose X-Forwarded-For is believed: addresses, CIDR ranges, or proxy-addr's names
  // (loopback, linklocal, uniquelocal), comma-separated. Unset: the client address is the connection's.
  TRUST_PROXY: optional(z.string())
    .transform((value) => (value ?? "").split(",").map((part) => part.trim()).filter(Boolean))
    .refine((list) => {
      try {
        proxyAddr.compile(list);
        return true;
      } catch {
        return false;
      }
    }, "TRUST_PROXY must list IP addresses, CIDR ranges or loopback, linklocal, uniquelocal, separated by commas"),
  // API requests a minute, per person and per API token (docs/decisions/021); 0 turns a limit off.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().nonnegative().default(600),
  RATE_LIMIT_TOKEN_PER_MINUTE: z.coerce.number().int().nonnegative().default(300),
  // Let webhooks reach this machine and private networks (docs/decisions/026): for a receiver on the same host or an
  // intranet. Off by default: an owner could otherwise make the server call into its own network.
  WEBHOOKS_ALLOW_PRIVATE: optional(z.enum(["true", "false"], "WEBHOOKS_ALLOW_PRIVATE must be true or false")).transform((value) => value === "true"),
});

export type ServerEnv = z.infer<typeof ZServerEnv>;

// Settings of the development tooling (`npm run dev`), which starts services before the app's own settings exist.
const ZDevEnv = z.object({
  // Ports of the development mail catcher (the next free port is taken when one is busy).
  DEV_MAIL_SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(1025),
  DEV_MAIL_WEB_PORT: z.coerce.number().int().min(1).max(65_535).default(1080),
});

export type DevEnv = z.infer<typeof ZDevEnv>;

function parseEnv<T>(schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

let cached: ServerEnv | undefined;

/** The validated server environment; fails fast with a message naming the missing variable. */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(ZServerEnv);
  return cached;
}

export function devEnv(): DevEnv {
  return parseEnv(ZDevEnv);
}
