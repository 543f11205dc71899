import type { Metadata } from "next";
import Link from "next/link";
import { SchemaView, typeOf } from "@/components/api-reference/schema-view";
import { TryOperation } from "@/components/api-reference/try-operation";
import { Disclosure } from "@/components/disclosure";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API reference" };

type Schema = { [key: string]: unknown };
type Parameter = { name: string; in: "path" | "query"; required: boolean; schema: Schema; description?: string };
type Described = {
  operationId: string;
  summary: string;
  tags: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};
type Document = { info: { title: string; description: string }; tags: { name: string }[]; paths: Record<string, Record<string, Described>> };

const METHOD_STYLE: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-900",
  post: "bg-blue-100 text-blue-900",
  patch: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-900",
};

/** A body to start from: each required field with a placeholder of its type. */
function exampleBody(schema: Schema | undefined): string | null {
  if (!schema) return null;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = (schema.required ?? []) as string[];
  const example = Object.fromEntries(
    required.map((name) => {
      const field = properties[name] ?? {};
      const sample = Array.isArray(field.examples) ? field.examples[0] : Array.isArray(field.enum) ? field.enum[0] : field.type === "integer" || field.type === "number" ? 1 : field.type === "array" ? [] : field.type === "boolean" ? false : "";
      return [name, sample];
    }),
  );
  return JSON.stringify(example, null, 2);
}

/**
 * The API reference, drawn from the OpenAPI description the server generates (/api/v1/openapi.json): every operation
 * with its parameters, body and answers, and a form to try it with an API token or the browser's session.
 */
export default function ApiReferencePage() {
  const document = openApiDocument() as unknown as Document;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <header className="mb-6">
        <p className="text-sm">
          <Link href="/" className="text-blue-800 underline">
            Policy Tracker
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold">API reference</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{document.info.description}</p>
        <p className="mt-2 text-sm">
          Machine-readable: <a href="/api/v1/openapi.json" className="text-blue-800 underline">/api/v1/openapi.json</a> (OpenAPI 3.1).
        </p>
      </header>
      <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
        <nav aria-label="Operations" className="text-sm md:sticky md:top-4 md:self-start">
          {document.tags.map(({ name }) => (
            <div key={name} className="mb-3">
              <p className="font-semibold">{name}</p>
              <ul className="mt-1 space-y-0.5">
                {operations
                  .filter(({ op }) => op.tags.includes(name))
                  .map(({ op }) => (
                    <li key={op.operationId}>
                      <a href={`#${op.operationId}`} className="text-blue-800 hover:underline">
                        {op.summary.split(/[:(;]/)[0]}
                      </a>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" className="space-y-6">
          {operations.map(({ path, method, op }) => {
            const body = op.requestBody?.content["application/json"]?.schema;
            const parameters = op.parameters ?? [];
            return (
              <section key={op.operationId} id={op.operationId} aria-labelledby={`${op.operationId}-title`} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 id={`${op.operationId}-title`} className="flex flex-wrap items-baseline gap-2 text-base font-semibold">
                  <span className={`rounded px-1.5 py-0.5 font-mono text-xs uppercase ${METHOD_STYLE[method] ?? ""}`}>{method}</span>
                  <code className="break-all">{path}</code>
                </h2>
                <p className="mt-1 text-slate-800">{op.summary}</p>
                {op.security?.length === 0 && <p className="mt-1 text-sm text-slate-700">No sign-in needed.</p>}
                {parameters.length > 0 && (
                  <>
                    <h3 className="mt-3 text-sm font-semibold">Parameters</h3>
                    <ul className="mt-1 space-y-1 text-sm">
                      {parameters.map((p) => (
                        <li key={`${p.in}-${p.name}`}>
                          <code className="font-semibold">{p.name}</code> <span className="text-slate-700">({p.in}) {typeOf(p.schema)}</span>
                          {p.required && <span className="ml-1 text-xs font-medium text-red-800">required</span>}
                          {typeof (p.description ?? p.schema.description) === "string" && <span className="block text-xs text-slate-700">{String(p.description ?? p.schema.description)}</span>}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {op.requestBody && (
                  <>
                    <h3 className="mt-3 text-sm font-semibold">Body ({Object.keys(op.requestBody.content).join(", ")})</h3>
                    {body ? <SchemaView schema={body} /> : <p className="text-sm text-slate-700">A file.</p>}
                  </>
                )}
                <h3 className="mt-3 text-sm font-semibold">Answers</h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {Object.entries(op.responses).map(([status, response]) => (
                    <li key={status}>
                      <span className="font-mono font-semibold">{status}</span> {response.description}
                      {status.startsWith("2") && response.content?.["application/json"]?.schema && (
                        <SchemaView schema={response.content["application/json"].schema} />
                      )}
                    </li>
                  ))}
                </ul>
                <Disclosure summary="Try it" className="mt-3">
                  <TryOperation method={method.toUpperCase()} path={path} parameters={parameters} exampleBody={op.requestBody && body ? exampleBody(body) : null} />
                </Disclosure>
              </section>
            );
          })}
        </main>
      </div>
    </div>
  );
}
