// Runs every VS Code end-to-end suite in real VS Code (code-server 1.139 in Debian's chromium, behind
// @vscode/test-electron's runTests), in two sessions: the *.suite.js suites with spectrum-lint alone, then
// the *.coexist.js suites with a stand-in Terraform language extension (test/e2e/terraform-stand-in)
// installed next to it, since an extension's language contributions cannot come or go within a session.
// The extension under test is the packaged .vsix, installed into each session's extensions folder; the
// development folder is an empty host extension that only carries the tests. Exit code 0 when every test passed.
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
const testsDir = arg('--tests', join(ROOT, 'out/test/e2e/suite'));
if (!existsSync(join(testsDir, 'index.js'))) {
  console.error(`run-vscode: no compiled suites in ${testsDir} (run tsc -p . first)`);
  process.exit(3);
}

let vsix = arg('--vsix', undefined);
if (!vsix) {
  mkdirSync(OUT, { recursive: true });
  vsix = join(OUT, 'spectrum-lint.vsix');
  execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', vsix], { stdio: 'inherit' });
}

/** Packages an extension folder of the test tree (no licence, repository or dependencies to ship). */
function packageTestExtension(folder, out) {
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out];
  execFileSync(process.execPath, [vsce, ...args], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

async function session({ name, dir, suites, extensions }) {
  const run = join(OUT, dir);
  rmSync(run, { recursive: true, force: true });
  mkdirSync(run, { recursive: true });
  const dirs = { config: join(run, 'code-server.yaml'), userData: join(run, 'user-data'), extensions: join(run, 'extensions') };
  for (const ext of extensions(run)) console.log(codeServerCli(dirs, ['--install-extension', ext]).trim());
  // The tests edit and save files: they work on a copy of the fixture workspace.
  const workspace = join(run, 'workspace');
  cpSync(join(E2E, 'workspace'), workspace, { recursive: true });
  console.log(`run-vscode: session ${name}`);
  await runTests({
    vscodeExecutablePath: join(E2E, 'code-via-code-server.mjs'),
    extensionDevelopmentPath: join(E2E, 'host'),
    extensionTestsPath: join(testsDir, 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${dirs.userData}`, `--extensions-dir=${dirs.extensions}`],
    extensionTestsEnv: {
      CODE_SHIM_OUT: run,
      SPECTRUM_E2E_WORKSPACE: workspace,
      SPECTRUM_E2E_EXTENSIONS_DIR: dirs.extensions,
      SPECTRUM_E2E_USER_DATA: dirs.userData,
      SPECTRUM_E2E_GREP: process.env.SPECTRUM_E2E_GREP ?? '',
      SPECTRUM_E2E_SUITES: suites,
    },
  });
}

const SESSIONS = [
  { name: 'spectrum-lint alone', dir: 'vscode', suites: '.suite.js', extensions: () => [vsix] },
  {
    name: 'next to a Terraform language extension',
    dir: 'vscode-coexist',
    suites: '.coexist.js',
    extensions: (run) => [packageTestExtension(join(E2E, 'terraform-stand-in'), join(run, 'terraform-stand-in.vsix')), vsix],
  },
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
