#!/usr/bin/env node
// Stands in for a VS Code executable behind @vscode/test-electron's runTests({ vscodeExecutablePath }).
// runTests passes desktop-style arguments; this turns them into a code-server run with the smoke-test
// driver, opens the workbench with the extension-test payload in Debian's chromium, relays the
// extension host's console (mocha's reporter) to stdout, and exits with the code the workbench reports
// through window.codeAutomationExit. Logs, and a screenshot of a failed run, stay in test/e2e/out/.
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { consoleText, launchBrowser, remoteUri, startCodeServer, writeUserSettings } from './lib/code-server.mjs';
import { OUT } from './lib/tools.mjs';

const TIMEOUT_MS = Number(process.env.CODE_SHIM_TIMEOUT_MS ?? 300_000);

function parseArgs(argv) {
  const opts = { folders: [], devPaths: [] };
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) opts.folders.push(resolve(a));
    else if (m[1] === 'extensionTestsPath') opts.testsPath = resolve(m[2]);
    else if (m[1] === 'extensionDevelopmentPath') opts.devPaths.push(resolve(m[2]));
    else if (m[1] === 'extensions-dir') opts.extensions = resolve(m[2]);
    else if (m[1] === 'user-data-dir') opts.userData = resolve(m[2]);
    // The rest (--no-sandbox, --disable-updates, ...) are desktop switches with no code-server meaning.
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (!opts.testsPath || opts.devPaths.length === 0) {
  console.error('code-via-code-server: expected --extensionTestsPath and --extensionDevelopmentPath (as runTests passes them)');
  process.exit(2);
}
const runDir = process.env.CODE_SHIM_OUT ?? join(OUT, 'vscode');
mkdirSync(runDir, { recursive: true });
const dirs = {
  config: join(runDir, 'code-server.yaml'),
  userData: opts.userData ?? join(runDir, 'user-data'),
  extensions: opts.extensions ?? join(runDir, 'extensions'),
};
const logs = { server: join(runDir, 'code-server.log'), browser: join(runDir, 'browser.log') };
for (const f of Object.values(logs)) rmSync(f, { force: true });
rmSync(join(runDir, 'failure.png'), { force: true });
writeUserSettings(dirs.userData);

const folder = opts.folders[0] ?? process.cwd();
let server;
let browser;
let finished = false;
let consoleQueue = Promise.resolve();

async function finish(code, reason) {
  if (finished) return;
  finished = true;
  await Promise.race([consoleQueue, new Promise((r) => setTimeout(r, 2000))]);
  if (reason) console.error(`code-via-code-server: ${reason}`);
  if (code !== 0 && browser) {
    const shot = join(runDir, 'failure.png');
    await browser.page.screenshot({ path: shot, timeout: 10_000 }).then(
      () => console.error(`code-via-code-server: screenshot of the failed run: ${shot}`),
      () => {},
    );
  }
  if (code !== 0) console.error(`code-via-code-server: logs in ${runDir} (code-server.log, browser.log, user-data/logs)`);
  await browser?.close();
  await server?.stop();
  process.exit(code);
}

process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('SIGTERM', () => finish(143, 'terminated'));
const timer = setTimeout(() => finish(1, `no result within ${TIMEOUT_MS} ms (CODE_SHIM_TIMEOUT_MS)`), TIMEOUT_MS);

try {
  server = await startCodeServer({ dirs, folder, log: logs.server });
  browser = await launchBrowser();
  const { page } = browser;
  let reportExit;
  const exitCode = new Promise((resolveExit) => (reportExit = resolveExit));
  // The workbench calls window.codeAutomationExit(code) when the test runner is done.
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  server.exited.then((code) => finish(1, `code-server exited (${code}) before the tests finished; see ${logs.server}`));
  // Handled in arrival order: each message's arguments are fetched asynchronously.
  page.on('console', (msg) => {
    consoleQueue = consoleQueue.then(async () => {
      const { relay, text } = await consoleText(msg);
      appendFileSync(logs.browser, `[${msg.type()}] ${text}\n`);
      if (relay) process.stdout.write(text + '\n');
    });
  });
  page.on('pageerror', (err) => appendFileSync(logs.browser, `[pageerror] ${err.stack ?? err}\n`));
  const payload = [
    ...opts.devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(server.port, p)]),
    ['extensionTestsPath', remoteUri(server.port, opts.testsPath)],
  ];
  const target = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
  const url = `${server.base}/?${target}=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  const code = await exitCode;
  clearTimeout(timer);
  await finish(code);
} catch (err) {
  clearTimeout(timer);
  await finish(1, err?.stack ?? String(err));
}
