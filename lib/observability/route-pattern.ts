import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

type Route = { page: string; regex: RegExp };

/**
 * The app's route for a path, as the build names it ("/api/v1/workspaces/[slug]/items/[itemId]"): what request logs and
 * metrics are labelled with, so that ids and names never become labels. Read from the build's routes manifest (the
 * development server's names only the routes it has compiled so far); paths no route serves are "other".
 */
export function routeMatcher(dir: string, distDir = ".next"): (pathname: string) => string {
  let routes: Route[] | null = null;
  const load = (): Route[] => {
    const file = [path.join(dir, distDir, "routes-manifest.json"), path.join(dir, distDir, "dev", "routes-manifest.json")].find((f) => existsSync(f));
    if (!file) return [];
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { staticRoutes?: { page: string; regex: string }[]; dynamicRoutes?: { page: string; regex: string }[] };
    return [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  };
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next";
    routes ??= load();
    return routes.find((route) => route.regex.test(pathname))?.page ?? "other";
  };
}
