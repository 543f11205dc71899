import { openApiDocument } from "@/lib/api/openapi";

/** The OpenAPI 3.1 description of the API, for anyone (it describes, it grants nothing). */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
