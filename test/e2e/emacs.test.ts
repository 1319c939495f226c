// Headless Emacs (Debian's emacs-nox 28.2 with elpa-eglot 1.9) runs the README's eglot snippet as
// written against `node dist/server.js --stdio`: test/e2e/emacs/eglot.el, exiting 0 when its checks held.
// Skipped (with the reason) only when there is no emacs, and never under CI=true; a missing eglot fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './root';

const EMACS = process.env.EMACS_BIN ?? 'emacs';
const version = spawnSync(EMACS, ['--version'], { encoding: 'utf8' });
const found = version.status === 0;
const CI = process.env.CI === 'true' || process.env.CI === '1';
const skip = !CI && !found ? `emacs not found (${EMACS}): apt-get install emacs-nox elpa-eglot, or set EMACS_BIN` : false;

interface Check {
  name: string;
  ok: boolean;
  detail?: string | null;
}

test('emacs is installed', { skip }, () => {
  assert.ok(found, `CI=true: ${EMACS} must be installed (.ci/run installs Debian's emacs-nox and elpa-eglot)`);
  assert.match(version.stdout, /^GNU Emacs (2[89]|[3-9]\d)\./, 'Emacs 28 or later');
});

test('emacs: the README eglot snippet, diagnostics with codes, a quick fix and fix-all applied', { skip, timeout: 120_000 }, () => {
  const server = join(ROOT, 'dist/server.js');
  assert.ok(existsSync(server), 'dist/server.js is built (npm run build)');
  // HOME in a temporary folder: nothing of the user's Emacs setup is read or written.
  const home = mkdtempSync(join(tmpdir(), 'spectrum-lint-emacs-'));
  const out = join(home, 'result.json');
  try {
    // No -Q: Debian's site-start puts elpa-eglot on the load path.
    const r = spawnSync(EMACS, ['--batch', '-l', join(ROOT, 'test/e2e/emacs/eglot.el')], {
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        HOME: home,
        SPECTRUM_SERVER: server,
        SPECTRUM_NODE: process.execPath,
        SPECTRUM_README: join(ROOT, 'README.md'),
        SPECTRUM_EMACS_OUT: out,
      },
    });
    assert.ok(existsSync(out), `no results written (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    const { checks } = JSON.parse(readFileSync(out, 'utf8')) as { checks: Check[] };
    const failed = checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail ?? ''}`);
    assert.deepEqual(failed, [], `failed checks:\n${r.stderr.slice(-3000)}`);
    assert.ok(checks.length >= 10, `made ${checks.length} checks`);
    assert.equal(r.status, 0, `emacs exited with ${r.status ?? r.signal}`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
