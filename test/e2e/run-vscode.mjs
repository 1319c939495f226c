// Runs every VS Code end-to-end suite in real VS Code (code-server 1.139 in Debian's chromium, behind
// @vscode/test-electron's runTests), in three sessions: the *.suite.js suites with spectrum-lint alone;
// the *.coexist.js suites with a stand-in Terraform language extension (test/e2e/terraform-stand-in)
// installed next to it; the *.later.js suites, which install the stand-in while spectrum-lint runs. An
// activated extension cannot be removed within a session, so each case gets its own.
// The extension under test is the packaged .vsix, installed into each session's extensions folder; the
// development folder is an empty host extension that only carries the tests. Exit code 0 when every test passed.
//
// Usage: node test/e2e/run-vscode.mjs [--tests <compiled suite dir>] [--vsix <file>]
//   --tests  defaults to out/test/e2e/suite (tsc output); --vsix defaults to a fresh `npm run package`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { vscodeSession } from './lib/session.mjs';
import { E2E, OUT, ROOT, missingVsCodeTools } from './lib/tools.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? resolve(process.argv[i + 1]) : fallback;
}

const missing = missingVsCodeTools();
if (missing.length) {
  console.error(`run-vscode: missing editor tools:\n  ${missing.join('\n  ')}`);
  process.exit(3);
}

const started = Date.now();
const testsDir = arg('--tests', join(ROOT, 'out/test/e2e/suite'));
if (!existsSync(join(testsDir, 'index.js'))) {
  console.error(`run-vscode: no compiled suites in ${testsDir} (run tsc -p . first)`);
  process.exit(3);
}

mkdirSync(OUT, { recursive: true });
let vsix = arg('--vsix', undefined);
if (!vsix) {
  vsix = join(OUT, 'spectrum-lint.vsix');
  execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', vsix], { stdio: 'inherit' });
}

// The stand-in Terraform language extension of the test tree (no licence, repository or dependencies to ship).
const standIn = join(OUT, 'terraform-stand-in.vsix');
execFileSync(
  process.execPath,
  [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', standIn],
  { cwd: join(E2E, 'terraform-stand-in'), stdio: ['ignore', 'ignore', 'inherit'] },
);

const session = (s) => vscodeSession({ ...s, testsDir, env: { SPECTRUM_E2E_STAND_IN_VSIX: standIn } });

const SESSIONS = [
  { name: 'spectrum-lint alone', dir: 'vscode', suites: '.suite.js', installed: [vsix] },
  { name: 'next to a Terraform language extension', dir: 'vscode-coexist', suites: '.coexist.js', installed: [standIn, vsix] },
  // The suites install the stand-in themselves, while spectrum-lint runs.
  { name: 'a Terraform language extension installed later', dir: 'vscode-later', suites: '.later.js', installed: [vsix] },
];

for (const s of SESSIONS) {
  try {
    await session(s);
  } catch (err) {
    console.error(`run-vscode: ${err.message} in session ${s.name} after ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${join(OUT, s.dir)}`);
    process.exit(1);
  }
}
console.log(`run-vscode: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
