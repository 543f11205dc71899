import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "@playwright/test";
import { apiTest as test } from "./fixtures";

type Schema = Record<string, unknown>;
type Operation = { operationId: string; parameters?: { name: string; in: string; required: boolean }[]; responses: Record<string, { content?: Record<string, { schema: Schema }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: { Error: Schema } } };

// A script with nothing but a token and the served description: every read operation, each answer validated against
// the description (the in-process conformance test covers the writes: lib/api/openapi-conformance.integration-test.ts).
test("every read operation of the served description answers as it says, to a script holding only a token", async ({ api, playwright, baseURL }) => {
  const owner = await api("owner");
  const made = await owner.post("/api/v1/workspaces/demo/tokens", { data: { name: "OpenAPI smoke test", scope: "read", expiresInDays: 1 } });
  expect(made.status()).toBe(201);
  const { token } = (await made.json()) as { token: string };
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const document = (await (await script.get("/api/v1/openapi.json")).json()) as Document;
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const resolve = (schema: unknown): unknown =>
    Array.isArray(schema)
      ? schema.map(resolve)
      : typeof schema === "object" && schema !== null
        ? (schema as Schema).$ref === "#/components/schemas/Error"
          ? document.components.schemas.Error
          : Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, resolve(v)]))
        : schema;

  // Ids to fill the paths with, found through the API itself.
  const first = async (path: string, pick: (body: Record<string, { id: string }[]>) => { id: string } | undefined) => pick((await (await script.get(path)).json()) as Record<string, { id: string }[]>)?.id ?? "";
  const ids: Record<string, string> = {
    slug: "demo",
    itemId: await first("/api/v1/workspaces/demo/items", (b) => b.items?.[0]),
    sourceId: await first("/api/v1/workspaces/demo/sources", (b) => b.sources?.[0]),
    viewId: await first("/api/v1/workspaces/demo/views", (b) => b.team?.[0] ?? b.mine?.[0]),
  };
  const answered: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    const operation = methods.get;
    // An event stream stays open until the client leaves; the in-process conformance test reads its first event.
    if (!operation || operation.responses["200"]?.content?.["text/event-stream"]) continue;
    const names = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
    if (names.some((name) => !ids[name])) continue;
    const url = path.replace(/\{(\w+)\}/g, (_all, name: string) => ids[name] as string);
    const query = operation.operationId === "search" ? "?q=export" : "";
    const response = await script.get(`${url}${query}`);
    const documented = operation.responses[String(response.status())];
    expect(documented, `${operation.operationId}: ${response.status()} is not documented`).toBeDefined();
    expect(response.status(), operation.operationId).toBeLessThan(500);
    const [media, content] = Object.entries(documented?.content ?? {})[0] ?? [];
    if (media === "application/json") {
      const validate = ajv.compile(resolve(content?.schema) as Schema);
      const body = await response.json();
      expect(validate(body) ? [] : validate.errors, operation.operationId).toEqual([]);
    }
    answered.push(`${operation.operationId} ${response.status()}`);
  }
  // The owner's read token reads everything a read may, and is refused (403, documented) where only writers or
  // sessions may go: the tokens list.
  expect(answered).toEqual(expect.arrayContaining(["listItems 200", "getItem 200", "getSource 200", "listChanges 200", "exportTrackerCsv 200", "getIntegrity 200", "listTokens 403"]));
  await script.dispose();
});
