import { describe, expect, it } from "vitest";
import { checkServerEnv, ConfigurationError } from "./env";

const valid = { DATABASE_URL: "postgresql://app:secret@db.internal:5432/tracker", NEXTAUTH_SECRET: "a-secret-of-at-least-16-characters" };

/** The problems a configuration is refused with, one line per variable. */
function problems(source: Record<string, string>): string[] {
  try {
    checkServerEnv(source);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe("the server's configuration", () => {
  it("starts with only a database and a secret, on the loopback interface, with bounded database waits", () => {
    const env = checkServerEnv(valid);
    expect(env).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, DATABASE_POOLER: "none", LOG_LEVEL: "info", NEXTAUTH_URL: "http://localhost:3000" });
    expect(env.DATABASE_CONNECT_TIMEOUT_MS).toBeLessThan(2000);
    expect(env.METRICS_TOKEN).toBeUndefined();
  });

  it("refuses to start without its secret or its database, naming each", () => {
    const found = problems({});
    expect(found).toHaveLength(2);
    expect(found.find((p) => p.startsWith("DATABASE_URL"))).toMatch(/not set/);
    expect(found.find((p) => p.startsWith("NEXTAUTH_SECRET"))).toMatch(/not set/);
  });

  it("names every wrong value at once, with what it should be", () => {
    const found = problems({
      ...valid,
      DATABASE_URL: "mysql://app@db/tracker",
      NEXTAUTH_SECRET: "short",
      PORT: "http",
      DATABASE_POOL_SIZE: "0",
      DATABASE_SEARCH_POOL_SIZE: "many",
      LOG_LEVEL: "loud",
      METRICS_TOKEN: "guessable",
      TRUST_PROXY: "not-an-address",
      CHECKPOINT_EVERY: "often",
    });
    expect(found.map((p) => p.split(" ")[0]?.replace(/:$/, "")).sort()).toEqual(
      ["CHECKPOINT_EVERY", "DATABASE_POOL_SIZE", "DATABASE_SEARCH_POOL_SIZE", "DATABASE_URL", "LOG_LEVEL", "METRICS_TOKEN", "NEXTAUTH_SECRET", "PORT", "TRUST_PROXY"].sort(),
    );
    expect(found.find((p) => p.startsWith("DATABASE_URL"))).toContain("postgresql://");
  });

  it("asks for a direct address for live updates behind a transaction pooler, and a shared signing key for scheduled checkpoints", () => {
    expect(problems({ ...valid, DATABASE_POOLER: "transaction" })).toEqual([expect.stringMatching(/^DATABASE_LISTEN_URL must be set/)]);
    expect(problems({ ...valid, DATABASE_POOLER: "transaction", DATABASE_LISTEN_URL: "postgresql://app:secret@db.internal:5432/tracker" })).toEqual([]);
    expect(problems({ ...valid, CHECKPOINT_EVERY: "6h" })).toEqual([expect.stringMatching(/^CHECKPOINT_SIGNING_KEY or CHECKPOINT_SIGNING_KEY_FILE/)]);
    expect(checkServerEnv({ ...valid, CHECKPOINT_EVERY: "6h", CHECKPOINT_SIGNING_KEY_FILE: "/run/secrets/key.pem" }).CHECKPOINT_EVERY).toBe(6 * 3_600_000);
  });

  it("counts an empty value as unset", () => {
    expect(checkServerEnv({ ...valid, SMTP_URL: "", METRICS_TOKEN: "" }).SMTP_URL).toBeUndefined();
  });
});
