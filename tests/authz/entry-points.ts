import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const SOURCE = /\.(ts|tsx)$/;
const SKIPPED_DIRS = new Set(["node_modules", ".next", ".data", "generated"]);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(full);
      return SOURCE.test(entry.name) && !/\.(test|integration-test)\.ts$/.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

function parse(file: string, text: string) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

const hasExport = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports at run time: `export const/function/class`, and `export { a as b }` lists. */
export function exportedNames(file: string, text: string): string[] {
  const names: string[] = [];
  for (const statement of parse(file, text).statements) {
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      names.push("default");
    } else if (hasExport(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
        const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        if (isDefault) names.push("default");
        else if (statement.name) names.push(statement.name.text);
      }
    }
  }
  return names;
}

const isUseServer = (statement: ts.Statement | undefined) =>
  statement !== undefined && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === "use server";

/** Whether the file starts with the "use server" directive, making every export a server action. */
export function isServerActionModule(file: string, text: string): boolean {
  const statements = parse(file, text).statements;
  for (const statement of statements) {
    if (isUseServer(statement)) return true;
    // Directives form the prologue: the first statement that is not a string literal ends it.
    if (!(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression))) return false;
  }
  return false;
}

/** Functions whose own body starts with "use server" (actions defined inline, in a component or elsewhere). */
export function inlineServerActions(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) && node.body && ts.isBlock(node.body)) {
      if (isUseServer(node.body.statements[0])) {
        const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  return found;
}

export type DiscoveredRoute = { route: string; method: string; file: string };

/** Every route handler under app/ (`route.ts`) and the HTTP methods it exports, keyed by its folder path. */
export async function discoverRoutes(root: string): Promise<DiscoveredRoute[]> {
  const app = path.join(root, "app");
  const routes: DiscoveredRoute[] = [];
  for (const file of await sourceFiles(app)) {
    if (!/^route\.(ts|tsx)$/.test(path.basename(file))) continue;
    const route = `/${path.relative(app, path.dirname(file)).split(path.sep).join("/")}`;
    const methods = exportedNames(file, await readFile(file, "utf8")).filter((name) => HTTP_METHODS.has(name));
    for (const method of methods) routes.push({ route, method, file: path.relative(root, file) });
  }
  return routes;
}

export type DiscoveredActions = { actions: string[]; inline: string[] };

/**
 * Every server action: each export of a module that starts with "use server" (app/, components/ and lib/), as
 * "app/w/[slug]/sources/actions.ts#addSourceAction"; and, separately, inline actions, which the matrix cannot call.
 */
export async function discoverActions(root: string): Promise<DiscoveredActions> {
  const actions: string[] = [];
  const inline: string[] = [];
  for (const dir of ["app", "components", "lib"]) {
    for (const file of await sourceFiles(path.join(root, dir))) {
      const text = await readFile(file, "utf8");
      if (!text.includes("use server")) continue;
      const relative = path.relative(root, file).split(path.sep).join("/");
      if (isServerActionModule(file, text)) actions.push(...exportedNames(file, text).map((name) => `${relative}#${name}`));
      inline.push(...inlineServerActions(relative, text));
    }
  }
  return { actions, inline };
}
