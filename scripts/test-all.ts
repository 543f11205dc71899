// `npm test`: every check, in order, stopping at the first failure. Each step is also an npm script of its own.
import { spawnSync } from "node:child_process";

const steps: [name: string, command: string[]][] = [
  ["lint", ["npm", "run", "lint"]],
  ["typecheck", ["npm", "run", "typecheck"]],
  ["unit tests", ["npm", "run", "test:unit"]],
  ["integration tests", ["npm", "run", "test:integration"]],
  ["production build", ["npm", "run", "build"]],
  ["browser tests", ["npm", "run", "test:e2e"]],
];

let passed = 0;
for (const [name, [command, ...args]] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${[command, ...args].join(" ")}`);
  const result = spawnSync(command as string, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`\n=== ${name} FAILED after ${seconds} s`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${name} passed in ${seconds} s`);
  passed += 1;
}
console.log(`steps: ${passed} passed, 0 failed`);
