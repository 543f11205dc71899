import { z } from "zod";
import { JSON_BODY_LIMIT } from "@/lib/http/request-body";
import { OPERATIONS, type Operation } from "./operations";
import { ZErrorBody } from "./schemas";

type JsonSchema = { [key: string]: unknown };

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, without the dialect line each would otherwise carry. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

/** An object schema without some of its properties (those the path or the route fills in). */
function without(schema: JsonSchema, names: string[]): JsonSchema {
  if (names.length === 0 || typeof schema.properties !== "object" || schema.properties === null) return schema;
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => !names.includes(name)));
  const required = Array.isArray(schema.required) ? schema.required.filter((name: unknown) => !names.includes(String(name))) : undefined;
  return { ...schema, properties, ...(required && { required }) };
}

/** "/api/v1/workspaces/[slug]/items/[itemId]" → the path parameters' names and the OpenAPI path "/…/{slug}/items/{itemId}". */
export function pathOf(route: string): { path: string; params: string[] } {
  const params: string[] = [];
  const path = route.replace(/\[([^\]]+)\]/g, (_all, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path, params };
}

const PATH_SCHEMAS: Record<string, JsonSchema> = {
  slug: { type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$", description: "The workspace's slug, as in /w/{slug}" },
  changeId: { type: "string", pattern: "^[0-9]{1,19}$", description: "A change record's id" },
};
const pathSchema = (name: string): JsonSchema => PATH_SCHEMAS[name] ?? { type: "string", format: "uuid" };

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The input is not valid: `error.fields` names each field and what is wrong with it",
  401: "No valid session or API token (missing, malformed, revoked or expired token, or its owner left the workspace)",
  403: "The caller's role, or the token's scope, does not allow this",
  404: "No such workspace for this caller, or no such record in it",
  409: "A conflict: the record changed since the version sent, or the name or text is taken (`error.current` shows what is there)",
  413: "The request body is larger than the limit; refused before it is read",
  429: "Too many requests: wait the seconds in the Retry-After header",
};

/** The refusals an operation can give, from who may call it and what it takes, plus those it names itself. */
export function errorStatuses(op: Operation): number[] {
  const statuses = new Set<number>(op.errors ?? []);
  if (op.access !== "public") [400, 401, 429].forEach((s) => statuses.add(s));
  if (op.access === "workspace") [403, 404].forEach((s) => statuses.add(s));
  // Tokens are refused their owner's account and the instance's administration; so are people who are not administrators.
  if (op.access === "account" || op.access === "admin") statuses.add(403);
  // Creating a workspace and accepting an invite are refused to tokens, which belong to one workspace.
  if (op.access === "signedIn" && op.method !== "GET") statuses.add(403);
  if (op.body || op.upload) [400, 413].forEach((s) => statuses.add(s));
  if (pathOf(op.route).params.some((name) => name !== "slug")) statuses.add(404);
  return [...statuses].sort();
}

function successContent(op: Operation): JsonSchema {
  const { success } = op;
  const media = success.media ?? "application/json";
  const schema = "schema" in success && success.schema ? jsonSchema(success.schema, "output") : media === "application/json" ? {} : { type: "string" };
  return { [media]: { schema } };
}

function operationObject(op: Operation): JsonSchema {
  const { params } = pathOf(op.route);
  const fromPath = params.filter((name) => name !== "slug");
  const parameters: JsonSchema[] = params.map((name) => ({ name, in: "path", required: true, schema: pathSchema(name) }));
  if (op.query) {
    const query = without(jsonSchema(op.query, "input"), fromPath);
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, JsonSchema>)) {
      const { description, ...rest } = schema;
      parameters.push({ name, in: "query", required: required.has(name), schema: rest, ...(description !== undefined && { description }) });
    }
  }
  const progress = {
    "application/x-ndjson": {
      schema: { type: "string", description: "With Accept: application/x-ndjson: lines of {progress: {phase, done, total}}, then {result: …} or {error: …, status}" },
    },
  };
  const responses: JsonSchema = {
    [op.success.status]: {
      description: op.success.description,
      content: { ...successContent(op), ...(op.progress && progress) },
      ...("download" in op.success && { headers: { "Content-Disposition": { description: "attachment, with the file's name", schema: { type: "string" } } } }),
    },
    ...(op.created && { 201: { description: op.created, content: successContent(op) } }),
  };
  for (const status of errorStatuses(op)) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      ...(status === 429 && { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer", minimum: 1 } } } }),
    };
  }
  const requestBody = op.upload
    ? { required: true, content: Object.fromEntries(Object.entries(op.upload).map(([media, schema]) => [media, { schema: jsonSchema(schema, "input") }])) }
    : op.body
      ? { required: true, content: { "application/json": { schema: without(jsonSchema(op.body, "input"), [...fromPath, ...(op.fixed ?? [])]) } } }
      : undefined;
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description && { description: op.description }),
    tags: [op.tag],
    ...(op.access === "public" && { security: [] }),
    ...(parameters.length > 0 && { parameters }),
    ...(requestBody && { requestBody }),
    responses,
  };
}

const DESCRIPTION = `The JSON API of Policy Tracker: every action of the app, calling the same domain functions as its pages, with the
same rules. Authenticate with a personal API token (\`Authorization: Bearer pt_…\`, made on a workspace's *API tokens* page:
read-only or read-write, for one workspace, never more than your role) or the browser's session cookie. Request bodies are
JSON objects (\`Content-Type: application/json\`) of at most ${JSON_BODY_LIMIT / 1024 / 1024} MB; every error is
\`{ "error": { "code", "message", "fields"?, "current"? } }\`. Requests are limited per person and per token (429 with
Retry-After). Guide: docs/api.md.`;

let cached: JsonSchema | undefined;

/** The OpenAPI 3.1 description of every operation, generated from the zod schemas the domain parses with. */
export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, JsonSchema> = {};
  for (const op of OPERATIONS) {
    const { path } = pathOf(op.route);
    paths[path] = { ...paths[path], [op.method.toLowerCase()]: operationObject(op) };
  }
  cached = {
    openapi: "3.1.0",
    info: { title: "Policy Tracker API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    tags: [...new Set(OPERATIONS.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token (pt_…), made on a workspace's API tokens page" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser's session (cookie rules: same origin only)" },
      },
      schemas: { Error: jsonSchema(ZErrorBody, "output") },
    },
  };
  return cached;
}
