import { defineConfig } from "prisma/config";

// DATABASE_URL is read directly: prisma's env() throws when it is unset, which would break `prisma generate` on a
// fresh checkout (the embedded database sets it only at run time).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
