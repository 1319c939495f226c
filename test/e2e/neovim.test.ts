// Headless Neovim (Debian's 0.7.2) drives `node dist/server.js --stdio` through its built-in LSP client:
// one Lua scenario per file in test/e2e/nvim/, each exiting 0 when its checks held.
// Under CI=true a missing nvim fails; locally it is skipped with a message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './root';

const NVIM = process.env.NVIM_BIN ?? 'nvim';
const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
const found = version.status === 0;
const CI = process.env.CI === 'true' || process.env.CI === '1';
const skip = !CI && !found ? 'nvim not found: apt-get install neovim (or set NVIM_BIN)' : false;
const DIR = join(ROOT, 'test/e2e/nvim');
const SCENARIOS = readdirSync(DIR).filter((f) => f.endsWith('.lua') && f !== 'lib.lua').sort();

interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

test('neovim is installed', { skip }, () => {
  assert.ok(found, `CI=true: ${NVIM} must be installed (.ci/run installs Debian's neovim)`);
  assert.match(version.stdout, /^NVIM v0\.([7-9]|\d\d)|^NVIM v[1-9]/, 'Neovim 0.7 or later');
});

for (const scenario of SCENARIOS) {
  test(`neovim: ${scenario.replace(/\.lua$/, '')}`, { skip, timeout: 120_000 }, () => {
    const server = join(ROOT, 'dist/server.js');
    assert.ok(existsSync(server), 'dist/server.js is built (npm run build)');
    // XDG folders in a temporary folder: nothing is read from or written to the user's Neovim setup.
    const home = mkdtempSync(join(tmpdir(), 'spectrum-lint-nvim-'));
    const out = join(home, 'result.json');
    try {
      const r = spawnSync(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', join(DIR, scenario)], {
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          ...process.env,
          SPECTRUM_SERVER: server,
          SPECTRUM_NODE: process.execPath,
          SPECTRUM_WORKSPACE: join(ROOT, 'test/e2e/workspace'),
          SPECTRUM_NVIM_OUT: out,
          XDG_CONFIG_HOME: join(home, 'config'),
          XDG_DATA_HOME: join(home, 'data'),
          XDG_STATE_HOME: join(home, 'state'),
          XDG_CACHE_HOME: join(home, 'cache'),
        },
      });
      assert.ok(existsSync(out), `no results written (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
      const { checks } = JSON.parse(readFileSync(out, 'utf8')) as { checks: Check[] };
      const failed = checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail ?? ''}`);
      assert.deepEqual(failed, [], `failed checks in ${scenario}`);
      assert.ok(checks.length >= 4, `${scenario} made ${checks.length} checks`);
      assert.equal(r.status, 0, `nvim exited with ${r.status ?? r.signal}`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
}
