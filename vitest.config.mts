import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
const exclude = ["node_modules/**", ".next/**", ".data/**", "e2e/**"];

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["**/*.test.ts"], exclude, environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.integration-test.ts"],
          exclude,
          environment: "node",
          // One database per run; files run one at a time so timing-sensitive tests (the writer race) get the cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
