// Runs the core's fix-all once on a file, in a process of its own so the benchmark can time it out.
// Usage: node fix-all-child.mjs <core bundle> <document>; prints { ms, applied, findings } as JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [corePath, docPath] = process.argv.slice(2);
const core = createRequire(import.meta.url)(corePath);
const text = readFileSync(docPath, 'utf8');
const findings = core.lint(text, {}).findings;
const t0 = performance.now();
const fixed = await core.fixAll(text, {});
const ms = performance.now() - t0;
const left = core.lint(fixed.text, {}).findings.filter((f) => f.fixes).length;
process.stdout.write(JSON.stringify({ ms, applied: fixed.applied.length, findings: findings.length, fixableLeft: left }) + '\n');
