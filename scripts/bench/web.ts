// `npm run bench:web`: Lighthouse (desktop and mobile) on the tracker, an item and a source page of the seeded demo
// workspace, signed in, against a production build: scores, LCP, TBT, CLS, the JavaScript each page ships (gzipped) and
// the router's requests it makes as it opens (prefetches, each a server render: docs/decisions/037).
import "../load-env";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { withConnection } from "../../lib/db/sql-pool";
import { startDemoServer } from "./demo-server";
import { signInCookie } from "./sign-in-cookie";

const PASSWORD = "bench-web-password";
const say = (line: string) => console.log(`[bench:web] ${line}`);

const { base: BASE, database, stop } = await startDemoServer(Number(process.env.BENCH_WEB_PORT ?? 3450), PASSWORD);
const [item] = await withConnection(database.url, (sql) => sql<{ id: string }[]>`SELECT id FROM "TrackedItem" WHERE title = 'Japan''s 2019 export controls on chip materials to South Korea'`);
const [source] = await withConnection(database.url, (sql) => sql<{ id: string }[]>`SELECT id FROM "Source" WHERE publisher = 'The Associated Press'`);
if (!item || !source) throw new Error("The demo workspace is missing its export controls or its AP article");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const cookie = await signInCookie(BASE, "analyst@demo.test", PASSWORD);
  const pages = { tracker: "/w/demo", item: `/w/demo/items/${item.id}`, source: `/w/demo/sources/${source.id}` };
  const rows = [];
  for (const [formFactor, config] of [["desktop", desktopConfig], ["mobile", undefined]] as const) {
    for (const [name, path] of Object.entries(pages)) {
      // One run to warm the server's caches, then the measured run.
      const flags = { port: chrome.port, output: "json" as const, logLevel: "error" as const, extraHeaders: { Cookie: cookie }, onlyCategories: ["performance", "accessibility"] };
      await lighthouse(`${BASE}${path}`, flags, config);
      const result = await lighthouse(`${BASE}${path}`, flags, config);
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number; url?: string }[] } | undefined)?.items ?? [];
      const jsBytes = requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const row = {
        page: name,
        formFactor,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
        cls: Number((lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
        jsKbGzipped: Number((jsBytes / 1024).toFixed(1)),
        // The page made no navigation, so every request of the router's (`_rsc=`) is a prefetch.
        routerRequests: requests.filter((r) => r.url?.includes("_rsc=")).length,
      };
      rows.push(row);
      say(`${formFactor} ${name}: performance ${row.performance}, accessibility ${row.accessibility}, LCP ${row.lcpMs} ms, TBT ${row.tbtMs} ms, CLS ${row.cls}, JS ${row.jsKbGzipped} kB, router requests ${row.routerRequests}`);
    }
  }
  console.log("\n| page | form factor | performance | accessibility | LCP ms | TBT ms | CLS | JS kB (gzip) | router requests |\n|---|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.page} | ${r.formFactor} | ${r.performance} | ${r.accessibility} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.jsKbGzipped} | ${r.routerRequests} |`);
  const met = rows.every((r) => r.performance >= 95 && r.accessibility === 100 && r.jsKbGzipped <= 130);
  console.log(`\nTargets (performance >= 95, accessibility 100, JS <= 130 kB gzipped per page): ${met ? "MET" : "MISSED"}`);
  await mkdir("bench-results", { recursive: true });
  const file = `bench-results/web-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  await writeFile(file, JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
  say(`results written to ${file}`);
} finally {
  await chrome.kill();
  await stop();
}
