// Starts code-server for one run and drives its workbench in Debian's chromium through playwright-core.
// Shared by the runTests shim (extension tests) and the UI smoke test.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { CHROMIUM, CODE_SERVER, NODE24, PLAYWRIGHT_CORE, node24Env } from './tools.mjs';

/** A free loopback port (the kernel picks it; we release it just before code-server binds it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** User settings that keep the workbench quiet and offline, merged into what is already there. */
export function writeUserSettings(userDataDir, extra = {}) {
  const file = join(userDataDir, 'User/settings.json');
  mkdirSync(dirname(file), { recursive: true });
  let current = {};
  try {
    current = JSON.parse(readFileSync(file, 'utf8'));
  } catch {}
  const settings = {
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': 'off',
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'window.dialogStyle': 'custom',
    ...current,
    ...extra,
  };
  writeFileSync(file, JSON.stringify(settings, null, 2));
}

/** Runs the code-server CLI once (e.g. --install-extension) with the run's folders; returns its output. */
export function codeServerCli(dirs, args) {
  // Without a config file code-server writes a default one (and says so).
  mkdirSync(dirname(dirs.config), { recursive: true });
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  const r = spawnSync(NODE24, [CODE_SERVER, '--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, ...args], {
    env: node24Env(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.status ?? r.signal}):\n${output}`);
  return output;
}

/**
 * Starts code-server on a free loopback port, with the smoke-test driver enabled so that the workbench
 * accepts an extension-test payload in its URL. Returns { base, port, stop, exited } (exited: a promise of its exit).
 */
export async function startCodeServer({ dirs, folder, log }) {
  const port = await freePort();
  mkdirSync(dirname(dirs.config), { recursive: true });
  writeFileSync(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const out = createWriteStream(log, { flags: 'a' });
  const args = [
    CODE_SERVER,
    '--config', dirs.config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // Extension hosts of closed tabs would otherwise live for hours and hold the workspace.
    '--reconnection-grace-time', '5',
    // Without it the workbench silently ignores the `payload` URL parameter.
    '--vscode-option', 'enable-smoke-test-driver',
    folder,
  ];
  // Own process group, so that stop() ends code-server and everything it forked.
  const child = spawn(NODE24, args, { env: node24Env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  const exitedPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  child.on('exit', () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited before it answered; see ${log}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`code-server did not answer within 60 s; see ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const until = Date.now() + 5000;
      while (!exited && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }
    }
    out.end();
  };
  return { base, port, stop, exited: exitedPromise };
}

/** Launches Debian's chromium through playwright-core with a fresh profile; returns { context, page, close }. */
export async function launchBrowser() {
  const require = createRequire(join(PLAYWRIGHT_CORE, 'package.json'));
  const { chromium } = require(PLAYWRIGHT_CORE);
  const profile = mkdtempSync(join(tmpdir(), 'spectrum-lint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** A `vscode-remote://` URI of a path on this machine, as the workbench payload wants it. */
export function remoteUri(port, path) {
  return `vscode-remote://127.0.0.1:${port}${encodeURI(path)}`;
}

// The workbench's own log lines that reach the browser console the same way as the extension host's.
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost|AccountPolicyGate)/,
  /^Updating additional builtin extensions cache/,
  /^Creation of workbench contribution/,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED|open-vsx\.org|marketplace/i,
];

/**
 * While extension tests run, the workbench logs the extension host's console through its log service:
 * ('%c INFO', 'color: …', format, ...args). Returns the text, and whether it is worth relaying
 * (log-service lines minus the workbench's own known chatter).
 */
export async function consoleText(msg) {
  const values = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '<unserializable>')));
  if (values.length >= 3 && typeof values[0] === 'string' && values[0].startsWith('%c') && typeof values[2] === 'string') {
    const text = format(...values.slice(2));
    return { relay: !WORKBENCH_NOISE.some((re) => re.test(text)), text };
  }
  return { relay: false, text: values.length ? format(...values) : msg.text() };
}
