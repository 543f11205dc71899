type Schema = { [key: string]: unknown };

const asSchema = (value: unknown): Schema => (typeof value === "object" && value !== null ? (value as Schema) : {});

/** A short type name: "string (uuid)", "integer", "array of object", "one of: a, b". */
export function typeOf(schema: Schema): string {
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if ("const" in schema) return JSON.stringify(schema.const);
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(variants)) return [...new Set(variants.map((v) => typeOf(asSchema(v))))].join(" or ");
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : typeof schema.type === "string" ? schema.type : "any";
  if (type === "array") return `array of ${typeOf(asSchema(schema.items))}`;
  return typeof schema.format === "string" ? `${type} (${schema.format})` : type;
}

function constraints(schema: Schema): string {
  const parts: string[] = [];
  if (typeof schema.minLength === "number") parts.push(`at least ${schema.minLength} characters`);
  if (typeof schema.maxLength === "number") parts.push(`at most ${schema.maxLength} characters`);
  // zod gives every integer JavaScript's safe range; only real bounds are worth showing.
  if (typeof schema.minimum === "number" && schema.minimum > Number.MIN_SAFE_INTEGER) parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.exclusiveMinimum === "number") parts.push(`> ${schema.exclusiveMinimum}`);
  if (typeof schema.maximum === "number" && schema.maximum < Number.MAX_SAFE_INTEGER) parts.push(`≤ ${schema.maximum}`);
  if (typeof schema.maxItems === "number") parts.push(`at most ${schema.maxItems} items`);
  if ("default" in schema) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

/** An object schema's fields as a nested list: name, type, whether required, constraints and description. */
export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const object = schema.type === "array" ? asSchema(schema.items) : schema;
  const properties = asSchema(object.properties);
  const names = Object.keys(properties);
  if (names.length === 0 || depth > 4) return null;
  const required = new Set(Array.isArray(object.required) ? (object.required as string[]) : []);
  return (
    <ul className={depth === 0 ? "mt-2 space-y-1 text-sm" : "mt-1 ml-4 space-y-1 border-l border-slate-200 pl-3 text-sm"}>
      {names.map((name) => {
        const field = asSchema(properties[name]);
        const limits = constraints(field);
        return (
          <li key={name}>
            <code className="font-semibold">{name}</code> <span className="text-slate-700">{typeOf(field)}</span>
            {required.has(name) && <span className="ml-1 text-xs font-medium text-red-800">required</span>}
            {limits && <span className="ml-1 text-xs text-slate-600">({limits})</span>}
            {typeof field.description === "string" && <span className="block text-xs text-slate-700">{field.description}</span>}
            <SchemaView schema={field} depth={depth + 1} />
          </li>
        );
      })}
    </ul>
  );
}
