import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_MATRIX } from "./action-matrix";
import { discoverActions, discoverRoutes, exportedNames, inlineServerActions, isServerActionModule } from "./entry-points";
import { routeKey, ROUTE_MATRIX } from "./route-matrix";

const ROOT = path.resolve(import.meta.dirname, "../..");

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
// A list as text, so a failure names every entry rather than "[ …(3) ]".
const lines = (values: string[]) => values.join("\n");

describe("the authorization matrix covers every entry point", () => {
  it("has a case for every route handler and method, and none for a route that is gone", async () => {
    const discovered = await discoverRoutes(ROOT);
    // Discovery must see what we know exists, or an empty result would pass.
    expect(discovered.map(routeKey)).toEqual(expect.arrayContaining(["GET /api/v1/workspaces/[slug]/items", "POST /api/v1/workspaces/[slug]/invites"]));
    const missing = sorted(discovered.map(routeKey)).filter((key) => !ROUTE_MATRIX.some((c) => routeKey(c) === key));
    expect(lines(missing), "add these to tests/authz/route-matrix.ts").toBe("");
    const stale = sorted(ROUTE_MATRIX.map(routeKey)).filter((key) => !discovered.some((d) => routeKey(d) === key));
    expect(lines(stale), "these routes no longer exist").toBe("");
    expect(ROUTE_MATRIX.length, "one case per route and method").toBe(new Set(ROUTE_MATRIX.map(routeKey)).size);
  });

  it("has a case for every exported server action, and none for an action that is gone", async () => {
    const { actions, inline } = await discoverActions(ROOT);
    expect(actions).toEqual(expect.arrayContaining(["app/w/[slug]/sources/actions.ts#addSourceAction", "app/w/[slug]/members/actions.ts#changeRoleAction"]));
    const covered = new Set(ACTION_MATRIX.map((c) => c.action));
    expect(lines(actions.filter((action) => !covered.has(action))), "add these to tests/authz/action-matrix.ts").toBe("");
    expect(lines([...covered].filter((action) => !actions.includes(action))), "these actions no longer exist").toBe("");
    expect(lines(inline), "move inline server actions into an actions.ts module, where the matrix can call them").toBe("");
  });
});

describe("entry point discovery", () => {
  it("reads every form of export", () => {
    const text = `
      import NextAuth from "next-auth";
      const handler = NextAuth({});
      export { handler as GET, handler as POST };
      export const PATCH = () => new Response();
      export async function DELETE() {}
      export type Ignored = string;
      export { type Other } from "./other";
      export default async function main() {}
      function PUT() {}`;
    expect(exportedNames("route.ts", text)).toEqual(["GET", "POST", "PATCH", "DELETE", "default"]);
  });

  it("tells action modules from modules that merely mention the directive, and finds inline actions", () => {
    expect(isServerActionModule("a.ts", `"use server";\nexport async function go() {}`)).toBe(true);
    expect(isServerActionModule("a.ts", `"use strict";\n"use server";\nexport async function go() {}`)).toBe(true);
    expect(isServerActionModule("a.ts", `import x from "y";\n"use server";`)).toBe(false);
    expect(isServerActionModule("a.tsx", `"use client";\nconst hint = "use server";`)).toBe(false);
    const page = `export default function Page() {\n  async function save() {\n    "use server";\n  }\n  return <form action={save} />;\n}`;
    expect(inlineServerActions("page.tsx", page)).toEqual(["page.tsx:2"]);
  });
});
