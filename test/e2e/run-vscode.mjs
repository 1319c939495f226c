// Runs every VS Code end-to-end suite in one session of a real VS Code (code-server 1.139 in Debian's
// chromium, behind @vscode/test-electron's runTests). The extension under test is the packaged .vsix,
// installed into the run's extensions folder; the development folder is an empty host extension that
// only carries the tests. Exit code 0 when every test passed.
//
// Usage: node test/e2e/run-vscode.mjs [--tests <compiled suite dir>] [--vsix <file>]
//   --tests  defaults to out/test/e2e/suite (tsc output); --vsix defaults to a fresh `npm run package`.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeServerCli } from './lib/code-server.mjs';
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
const run = join(OUT, 'vscode');
rmSync(run, { recursive: true, force: true });
mkdirSync(run, { recursive: true });
const dirs = { config: join(run, 'code-server.yaml'), userData: join(run, 'user-data'), extensions: join(run, 'extensions') };

const testsDir = arg('--tests', join(ROOT, 'out/test/e2e/suite'));
if (!existsSync(join(testsDir, 'index.js'))) {
  console.error(`run-vscode: no compiled suites in ${testsDir} (run tsc -p . first)`);
  process.exit(3);
}

let vsix = arg('--vsix', undefined);
if (!vsix) {
  vsix = join(run, 'spectrum-lint.vsix');
  execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', vsix], { stdio: 'inherit' });
}
console.log(codeServerCli(dirs, ['--install-extension', vsix]).trim());

// The tests edit and save files: they work on a copy of the fixture workspace.
const workspace = join(run, 'workspace');
cpSync(join(E2E, 'workspace'), workspace, { recursive: true });

try {
  await runTests({
    vscodeExecutablePath: join(E2E, 'code-via-code-server.mjs'),
    extensionDevelopmentPath: join(E2E, 'host'),
    extensionTestsPath: join(testsDir, 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${dirs.userData}`, `--extensions-dir=${dirs.extensions}`],
    extensionTestsEnv: {
      SPECTRUM_E2E_WORKSPACE: workspace,
      SPECTRUM_E2E_EXTENSIONS_DIR: dirs.extensions,
      SPECTRUM_E2E_USER_DATA: dirs.userData,
      SPECTRUM_E2E_GREP: process.env.SPECTRUM_E2E_GREP ?? '',
    },
  });
  console.log(`run-vscode: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(`run-vscode: ${err.message} after ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${run}`);
  process.exit(1);
}
