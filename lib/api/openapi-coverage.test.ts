import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverRoutes } from "@/tests/authz/entry-points";
import { openApiDocument, pathOf } from "./openapi";
import { OPERATIONS } from "./operations";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Routes on disk that are not part of the API, each with its reason. */
const NOT_IN_THE_API: Record<string, string> = {
  "/api/auth/[...nextauth]": "next-auth's own sign-in endpoints, for the browser",
  "/api/metrics": "for Prometheus, with its own token, not for clients of the API",
  "/api/health": "for load balancers, not for clients of the API",
  "/api/live": "for load balancers, not for clients of the API",
  "/api/v1/openapi.json": "the description itself",
};

const key = (c: { method: string; route: string }) => `${c.method} ${c.route}`;
const lines = (values: string[]) => [...new Set(values)].sort().join("\n");

describe("the OpenAPI description covers every route", () => {
  it("has an operation for every route handler and method on disk, and none for a route that is gone", async () => {
    const discovered = (await discoverRoutes(ROOT)).filter((r) => !(r.route in NOT_IN_THE_API));
    expect(discovered.map(key)).toEqual(expect.arrayContaining(["GET /api/v1/workspaces/[slug]/items", "POST /api/v1/workspaces/[slug]/tokens"]));
    const missing = discovered.map(key).filter((k) => !OPERATIONS.some((op) => key(op) === k));
    expect(lines(missing), "add these to lib/api/operations.ts").toBe("");
    const stale = OPERATIONS.map(key).filter((k) => !discovered.some((d) => key(d) === k));
    expect(lines(stale), "these operations name no route handler").toBe("");
    expect(OPERATIONS.length, "one operation per route and method").toBe(new Set(OPERATIONS.map(key)).size);
    expect(OPERATIONS.length, "operation ids are unique").toBe(new Set(OPERATIONS.map((op) => op.operationId)).size);
  });

  it("describes each operation once, with its path parameters, an answer for each documented status and no body on GET or DELETE", () => {
    const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, unknown> }>> };
    expect(document.openapi).toBe("3.1.0");
    for (const op of OPERATIONS) {
      const { path: url, params } = pathOf(op.route);
      const described = document.paths[url]?.[op.method.toLowerCase()];
      expect(described, key(op)).toBeDefined();
      expect(described?.parameters?.filter((p) => p.in === "path").map((p) => p.name) ?? [], key(op)).toEqual(params);
      expect(Object.keys(described?.responses ?? {}), key(op)).toContain(String(op.success.status));
      if (op.method === "GET" || op.method === "DELETE") expect(described?.requestBody, key(op)).toBeUndefined();
    }
  });
});
