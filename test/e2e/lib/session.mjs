// One real VS Code session (code-server behind @vscode/test-electron's runTests) that runs the compiled
// suites whose names end in `suites`, with `installed` extensions, on a copy of a workspace folder.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerCli } from './code-server.mjs';
import { E2E, OUT } from './tools.mjs';

/**
 * The session's folders are under test/e2e/out/<dir>. `workspace` is copied there first (the suites
 * edit and save files); `env` reaches the suites; `beforeStart(dirs)` may write user settings.
 */
export async function vscodeSession({ name, dir, suites, installed, testsDir, workspace = join(E2E, 'workspace'), env = {}, beforeStart }) {
  const run = join(OUT, dir);
  rmSync(run, { recursive: true, force: true });
  mkdirSync(run, { recursive: true });
  const dirs = { config: join(run, 'code-server.yaml'), userData: join(run, 'user-data'), extensions: join(run, 'extensions') };
  for (const ext of installed) console.log(codeServerCli(dirs, ['--install-extension', ext]).trim());
  const copy = join(run, 'workspace');
  cpSync(workspace, copy, { recursive: true });
  beforeStart?.(dirs);
  console.log(`vscode: session ${name}`);
  await runTests({
    vscodeExecutablePath: join(E2E, 'code-via-code-server.mjs'),
    extensionDevelopmentPath: join(E2E, 'host'),
    extensionTestsPath: join(testsDir, 'index.js'),
    launchArgs: [copy, `--user-data-dir=${dirs.userData}`, `--extensions-dir=${dirs.extensions}`],
    extensionTestsEnv: {
      CODE_SHIM_OUT: run,
      SPECTRUM_E2E_WORKSPACE: copy,
      SPECTRUM_E2E_EXTENSIONS_DIR: dirs.extensions,
      SPECTRUM_E2E_USER_DATA: dirs.userData,
      SPECTRUM_E2E_GREP: process.env.SPECTRUM_E2E_GREP ?? '',
      SPECTRUM_E2E_SUITES: suites,
      ...env,
    },
  });
  return { run, workspace: copy };
}
