import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The project folder (package.json and node_modules): above the compiled test (out/test/...), else the
 * current folder (tests compiled with another --outDir, which may hold a copy of package.json).
 */
function findRoot(): string {
  for (const dir of [resolve(__dirname, '../../..'), resolve(__dirname, '../..'), process.cwd()]) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'node_modules')) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'spectrum-lint') return dir;
  }
  throw new Error('cannot find the spectrum-lint project folder; run the tests from it');
}

export const ROOT = findRoot();
