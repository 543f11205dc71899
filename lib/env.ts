import { isIP } from "node:net";
import proxyAddr from "proxy-addr";
import { z } from "zod";

// Every setting the app and its commands read from the environment, validated here and nowhere else: a process checks
// its part when it starts (scripts/server.ts, scripts/run.ts, each command) and stops with a message naming each
// variable that is wrong. README "Configuration" lists them.

// An empty value (`SMTP_URL=` in an .env file) counts as unset.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const postgresUrl = (name: string) =>
  z.url({ protocol: /^postgres(ql)?$/, error: `${name} must be a postgresql:// address, e.g. postgresql://user:password@host:5432/database` });

const integer = (name: string, min: number, max: number) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`);

const flag = (name: string) =>
  z.enum(["true", "false", "1", "0"], { error: `${name} must be true or false` }).transform((value) => value === "true" || value === "1");

const port = (name: string) => integer(name, 1, 65_535);

const ZLogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
  error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
});

// Where `npm run dev` and the commands keep local state: the embedded PostgreSQL, generated secrets, mail, checkpoints.
const dataDirShape = { DATA_DIR: z.string().min(1).default(".data") };

/** History checkpoints (docs/decisions/011): the signing key, the key verification trusts, where the files go. */
const checkpointShape = {
  ...dataDirShape,
  CHECKPOINT_SIGNING_KEY: optional(z.string().includes("PRIVATE KEY", { error: "CHECKPOINT_SIGNING_KEY must be a PEM private key" })),
  CHECKPOINT_SIGNING_KEY_FILE: optional(z.string().min(1)),
  CHECKPOINT_PUBLIC_KEY: optional(z.string().includes("PUBLIC KEY", { error: "CHECKPOINT_PUBLIC_KEY must be a PEM public key" })),
  CHECKPOINT_DIR: optional(z.string().min(1)),
};

/** What a running app server reads. */
const ZServerEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test" }).default("development"),
    // Where the server listens: the loopback interface unless told otherwise (the container image sets 0.0.0.0).
    HOST: z
      .string()
      .default("127.0.0.1")
      .refine((value) => isIP(value) !== 0 || /^[a-z0-9.-]+$/i.test(value), "HOST must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0"),
    PORT: port("PORT").default(3000),

    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which set it, or set it to your PostgreSQL" })
      .min(1, "DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which set it, or set it to your PostgreSQL")
      .pipe(postgresUrl("DATABASE_URL")),
    // The owner role (decision 010): migrations, when the server applies them at start (`--migrate`, the image).
    DATABASE_OWNER_URL: optional(postgresUrl("DATABASE_OWNER_URL")),
    // Lists, search and exports read from here (docs/decisions/017), except for a person who has just written.
    DATABASE_REPLICA_URL: optional(postgresUrl("DATABASE_REPLICA_URL")),
    // Live updates LISTEN on a connection of their own, which a transaction pooler cannot carry: a direct address.
    DATABASE_LISTEN_URL: optional(postgresUrl("DATABASE_LISTEN_URL")),
    // "transaction": DATABASE_URL (and the replica's) go through a transaction-mode pooler (PgBouncer, Supavisor):
    // no prepared statements, no session settings.
    DATABASE_POOLER: z.enum(["none", "transaction"], { error: "DATABASE_POOLER must be none or transaction" }).default("none"),
    DATABASE_POOL_SIZE: integer("DATABASE_POOL_SIZE", 1, 1000).default(10),
    // Search's pool apart (docs/decisions/034): its statements run for milliseconds and, on data larger than memory,
    // wait on reads, so it serves more with more connections than the short statements' pools.
    DATABASE_SEARCH_POOL_SIZE: integer("DATABASE_SEARCH_POOL_SIZE", 1, 1000).default(10),
    DATABASE_CONNECT_TIMEOUT_MS: integer("DATABASE_CONNECT_TIMEOUT_MS", 100, 60_000).default(1500),
    DATABASE_STATEMENT_TIMEOUT_MS: integer("DATABASE_STATEMENT_TIMEOUT_MS", 100, 3_600_000).default(15_000),
    DATABASE_IDLE_TIMEOUT_MS: integer("DATABASE_IDLE_TIMEOUT_MS", 1000, 3_600_000).default(30_000),
    // After a write, how long the writer's reads stay on the primary when a replica is set.
    READ_YOUR_WRITES_SECONDS: integer("READ_YOUR_WRITES_SECONDS", 1, 3600).default(10),

    NEXTAUTH_SECRET: z.string({ error: "NEXTAUTH_SECRET is not set" }).min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
    // The app's public address: links in emails start with it.
    NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be an http(s) address" })),
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
    RATE_LIMIT_PER_MINUTE: integer("RATE_LIMIT_PER_MINUTE", 0, 1_000_000).default(600),
    RATE_LIMIT_TOKEN_PER_MINUTE: integer("RATE_LIMIT_TOKEN_PER_MINUTE", 0, 1_000_000).default(300),
    // Let webhooks reach this machine and private networks (docs/decisions/026): for a receiver on the same host or an
    // intranet. Off by default: an owner could otherwise make the server call into its own network.
    WEBHOOKS_ALLOW_PRIVATE: optional(flag("WEBHOOKS_ALLOW_PRIVATE")).transform((value) => value ?? false),

    LOG_LEVEL: ZLogLevel.default("info"),
    // GET /api/metrics answers only with `Authorization: Bearer <METRICS_TOKEN>`; unset, it answers 404.
    METRICS_TOKEN: optional(z.string().min(16, "METRICS_TOKEN must be at least 16 characters")),
    // OpenTelemetry traces go to this OTLP/HTTP collector when set (instrumentation.ts).
    OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url({ protocol: /^https?$/, error: "OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) address" })),
    OTEL_SERVICE_NAME: z.string().min(1).default("policy-tracker"),

    ...checkpointShape,
    // The app takes a checkpoint itself this often ("30m", "6h", "1d"), one instance at a time: unset, it does not.
    CHECKPOINT_EVERY: optional(
      z
        .string()
        .regex(/^\d+(s|m|h|d)$/, "CHECKPOINT_EVERY must be a duration such as 30m, 6h or 1d")
        .transform((value) => Number(value.slice(0, -1)) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[value.slice(-1) as "s" | "m" | "h" | "d"])
        .refine((ms) => ms >= 10_000, "CHECKPOINT_EVERY must be at least 10s"),
    ),
  })
  .superRefine((env, context) => {
    if (env.DATABASE_POOLER === "transaction" && !env.DATABASE_LISTEN_URL) {
      context.addIssue({
        code: "custom",
        path: ["DATABASE_LISTEN_URL"],
        message: "DATABASE_LISTEN_URL must be set when DATABASE_POOLER=transaction: live updates need a direct connection to LISTEN on",
      });
    }
    if (env.CHECKPOINT_EVERY && !env.CHECKPOINT_SIGNING_KEY && !env.CHECKPOINT_SIGNING_KEY_FILE) {
      context.addIssue({
        code: "custom",
        path: ["CHECKPOINT_SIGNING_KEY"],
        message: "CHECKPOINT_SIGNING_KEY or CHECKPOINT_SIGNING_KEY_FILE must be set when CHECKPOINT_EVERY is: every instance must sign with the same key",
      });
    }
  })
  .transform((env) => ({ ...env, NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}` }));

export type ServerEnv = z.infer<typeof ZServerEnv>;

/**
 * What `npm run dev` / `npm start` and the commands read besides the app's settings: they start the database and services
 * before the app's own settings exist.
 */
const ZCommandEnv = z.object({
  DATABASE_URL: optional(postgresUrl("DATABASE_URL")),
  DATABASE_OWNER_URL: optional(postgresUrl("DATABASE_OWNER_URL")),
  NEXTAUTH_SECRET: optional(z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters")),
  PORT: port("PORT").default(3000),
  ...checkpointShape,
  EMBEDDED_PG_PORT: port("EMBEDDED_PG_PORT").default(54329),
  SEED_DEMO: optional(flag("SEED_DEMO")).transform((value) => value ?? false),
  DEMO_PASSWORD: optional(z.string().min(8, "DEMO_PASSWORD must be at least 8 characters")),
  // Ports of the development mail catcher (the next free port is taken when one is busy).
  DEV_MAIL_SMTP_PORT: port("DEV_MAIL_SMTP_PORT").default(1025),
  DEV_MAIL_WEB_PORT: port("DEV_MAIL_WEB_PORT").default(1080),
  // `npm run user:create`: the new account's password, when not typed.
  USER_PASSWORD: optional(z.string()),
  // `npm run db:backup`: where backup folders are written.
  BACKUP_DIR: z.string().min(1).default("backups"),
  LOG_LEVEL: ZLogLevel.default("info"),
});

export type CommandEnv = z.infer<typeof ZCommandEnv>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigurationError";
  }
}

function parseEnv<T>(schema: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  return parsed.data;
}

let cached: ServerEnv | undefined;

/** The validated server environment; fails fast with a message naming every variable that is wrong. */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(ZServerEnv, process.env);
  return cached;
}

/** Validates without caching: for a process that is about to start the app with this environment. */
export function checkServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  return parseEnv(ZServerEnv, source);
}

export function commandEnv(): CommandEnv {
  return parseEnv(ZCommandEnv, process.env);
}

const ZCheckpointEnv = z.object(checkpointShape);

/** The checkpoint settings, for the app and the commands alike, with their defaults under DATA_DIR. */
export function checkpointEnv() {
  const env = parseEnv(ZCheckpointEnv, process.env);
  return {
    ...env,
    CHECKPOINT_SIGNING_KEY_FILE: env.CHECKPOINT_SIGNING_KEY_FILE ?? `${env.DATA_DIR}/checkpoint-signing-key.pem`,
    CHECKPOINT_DIR: env.CHECKPOINT_DIR ?? `${env.DATA_DIR}/checkpoints`,
  };
}
