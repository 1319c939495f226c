// Where the editor tools of the end-to-end tests are. scripts/e2e-setup.sh installs them (outside the
// clone, versioned); Debian packages provide chromium and nvim. Every path can be overridden by env.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const E2E = join(ROOT, 'test/e2e');
export const OUT = join(E2E, 'out');

export const TOOLS = process.env.SPECTRUM_LINT_EDITORS ?? join(homedir(), '.cache/spectrum-lint-editors/v1');
export const NODE24_BIN = join(TOOLS, 'node24/node_modules/.bin');
export const NODE24 = process.env.CODE_SERVER_NODE ?? join(NODE24_BIN, 'node');
export const CODE_SERVER = process.env.CODE_SERVER_BIN ?? join(TOOLS, 'cs/node_modules/code-server/out/node/entry.js');
export const PLAYWRIGHT_CORE = process.env.PLAYWRIGHT_CORE ?? join(TOOLS, 'runner/node_modules/playwright-core');
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** The tools the VS Code runs need that are missing, each with how to get it. */
export function missingVsCodeTools() {
  const missing = [];
  if (!existsSync(NODE24)) missing.push(`node 24 (${NODE24}): run npm run test:e2e:setup`);
  if (!existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER}): run npm run test:e2e:setup`);
  if (!existsSync(join(PLAYWRIGHT_CORE, 'package.json'))) missing.push(`playwright-core (${PLAYWRIGHT_CORE}): run npm run test:e2e:setup`);
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM}): apt-get install chromium`);
  return missing;
}

/** PATH with node 24 first: code-server and everything it forks (the extension host) run on it. */
export function node24Env(extra = {}) {
  return { ...process.env, ...extra, PATH: `${NODE24_BIN}:${process.env.PATH ?? ''}` };
}
