// Reports the VS Code end-to-end run to node's test runner, so the CI summary counts it: the API suites
// (three runTests sessions of code-server with the packaged .vsix: alone, next to a stand-in Terraform
// language extension, and with that extension installed while it runs) and the UI smoke test.
// Under CI=true a missing tool fails the run; locally, without the tools, the tests are skipped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './root';

// The same locations and overrides as test/e2e/lib/tools.mjs (an ES module this CommonJS test cannot require).
const TOOLS = process.env.SPECTRUM_LINT_EDITORS ?? join(homedir(), '.cache/spectrum-lint-editors/v1');
const REQUIRED = [
  join(TOOLS, 'node24/node_modules/.bin/node'),
  process.env.CODE_SERVER_BIN ?? join(TOOLS, 'cs/node_modules/code-server/out/node/entry.js'),
  join(process.env.PLAYWRIGHT_CORE ?? join(TOOLS, 'runner/node_modules/playwright-core'), 'package.json'),
  process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
];
const missing = REQUIRED.filter((p) => !existsSync(p));
const CI = process.env.CI === 'true' || process.env.CI === '1';
const skip = !CI && missing.length > 0 ? `editor tools missing (${missing.join(', ')}): run npm run test:e2e:setup` : false;

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 15 * 60_000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(output.replace(/^/gm, '    '));
  return { status: r.status, signal: r.signal, output };
}

test('editor tools are installed', { skip }, () => {
  assert.deepEqual(missing, [], 'CI=true: the end-to-end tools must be present (.ci/run installs them)');
});

// Packaged once for both runs; each installs it into its own code-server.
const VSIX = join(ROOT, 'test/e2e/out/spectrum-lint-e2e.vsix');

test('the .vsix under test is packaged', { skip }, () => {
  const r = run('scripts/package.mjs', ['--out', VSIX]);
  assert.equal(r.status, 0, 'npm run package failed');
});

test('VS Code (code-server 1.139) end-to-end suites with the packaged .vsix, alone, next to a Terraform language extension and with one installed later', { skip, timeout: 15 * 60_000 }, () => {
  const r = run('test/e2e/run-vscode.mjs', ['--tests', join(__dirname, 'suite'), '--vsix', VSIX]);
  assert.equal(r.status, 0, `run-vscode exited with ${r.status ?? r.signal}; logs and failure.png in test/e2e/out/vscode, vscode-coexist and vscode-later`);
  assert.equal(r.output.match(/[1-9]\d* passing/g)?.length, 3, 'each of the three sessions ran tests');
  assert.doesNotMatch(r.output, /\d+ failing/);
});

test('VS Code UI smoke: squiggle, Problems entry with its code, hover, screenshot, language status, cancelled docs link, Explain, settings order; the same for a Terraform file', { skip, timeout: 10 * 60_000 }, () => {
  const r = run('test/e2e/ui-smoke.mjs', ['--vsix', VSIX]);
  assert.equal(r.status, 0, `ui-smoke exited with ${r.status ?? r.signal}; logs and failure.png in test/e2e/out/ui`);
  assert.ok(existsSync(join(ROOT, 'test/e2e/out/ui/ui-smoke.png')), 'screenshot written');
  assert.ok(existsSync(join(ROOT, 'test/e2e/out/ui/terraform.png')), 'Terraform screenshot written');
});
