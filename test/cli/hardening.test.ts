import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { app, CLI, cli, ROOT, tree } from './run-cli';

// Bad input on the command line: nothing hangs, nothing is skipped without a word, one file's
// failure costs no other file, and no control character of the input reaches the terminal raw.
// A run that would hang is killed after HANG_MS and fails its assertions instead.

const HANG_MS = 20_000;
const ERROR_APP = app({ origin_direct: ['tcp://192.0.2.1'] }); // an origin without a port: an error
const hasErrors = (dir: string, file: string) => JSON.parse(cli([file, '--format', 'json'], { cwd: dir }).stdout).summary.errors > 0;

function run(args: string[], cwd: string, extra: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: HANG_MS, env: { ...process.env, NO_COLOR: '1' }, ...extra });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr), signal: r.signal };
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, String(r.stderr));
}

test('a FIFO named on the command line or met in a folder is reported, not waited on', () => {
  const dir = tree({ 'good.spectrum.json': ERROR_APP });
  assert.ok(hasErrors(dir, 'good.spectrum.json'));
  mkfifo(join(dir, 'p.json'));
  const named = run(['p.json', 'good.spectrum.json'], dir);
  assert.equal(named.signal, null, 'hung on the FIFO');
  assert.equal(named.status, 2);
  assert.match(named.stderr, /cannot read p\.json: not a regular file/);
  assert.match(named.stdout, /good\.spectrum\.json/, 'the other file is still reported');
  const walked = run(['.'], dir);
  assert.equal(walked.signal, null);
  assert.equal(walked.status, 2);
  assert.match(walked.stderr, /cannot read p\.json: not a regular file/);
});

test('/dev/zero as a file or as the account context is refused before reading', () => {
  const file = run(['/dev/zero'], ROOT);
  assert.equal(file.signal, null);
  assert.equal(file.status, 2);
  assert.match(file.stderr, /cannot read \/dev\/zero: not a regular file/);
  for (const account of ['/dev/zero', './fifo.json']) {
    const dir = tree({ 'spectrum-lint.config.json': JSON.stringify({ account }), 'a.spectrum.json': ERROR_APP });
    mkfifo(join(dir, 'fifo.json'));
    const r = run(['a.spectrum.json', '--format', 'json'], dir);
    assert.equal(r.signal, null, `hung on account ${account}`);
    const out = JSON.parse(r.stdout);
    const messages = out.files.flatMap((f: { diagnostics: Array<{ message: string }> }) => f.diagnostics.map((d) => d.message));
    assert.ok(messages.some((m: string) => m.includes(account) && /cannot be read/.test(m)), messages.join('\n'));
  }
});

test('an unreadable folder is exit 2 with its path and the reason', () => {
  const dir = tree({ 'ok.spectrum.json': ERROR_APP, 'sub/hidden.spectrum.json': ERROR_APP });
  // Readable by everyone but `sub`; as root the CLI runs as nobody, for whom permissions apply.
  for (const p of [dir, join(dir, 'sub')]) chmodSync(p, 0o755);
  for (const f of ['ok.spectrum.json', 'sub/hidden.spectrum.json']) chmodSync(join(dir, f), 0o644);
  chmodSync(join(dir, 'sub'), 0o000);
  try {
    const asUser = process.getuid?.() === 0 ? { uid: uidOf('nobody'), gid: gidOf('nobody') } : {};
    const r = run(['.'], dir, asUser);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot read sub: permission denied/);
    assert.match(r.stdout, /ok\.spectrum\.json/);
  } finally {
    chmodSync(join(dir, 'sub'), 0o755);
  }
});

function uidOf(name: string): number {
  return Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
}
function gidOf(name: string): number {
  return Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
}

test('`spectrum-lint dir | head -c 100` ends quietly: no EPIPE stack trace', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) files[`a${i}.spectrum.json`] = app({ origin_direct: ['tcp://192.0.2.1'], dns: { type: 'CNAME', name: `h${i}.example.com` } });
  const dir = tree(files);
  const child = spawn('sh', ['-c', `"${process.execPath}" "${CLI}" . | head -c 100`], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const killer = setTimeout(() => child.kill(), HANG_MS);
  await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(killer);
  assert.equal(Buffer.byteLength(stdout), 100);
  assert.equal(stderr, '', 'nothing on stderr');
});

test('control characters of keys and messages are escaped in stylish and github output', () => {
  const evil = '\u001b]0;owned\u0007\u001b[2J\r\u009b31m';
  const dir = tree({ 'a.spectrum.json': JSON.stringify({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'], [evil]: 1 }) });
  for (const format of ['stylish', 'github']) {
    const r = run(['a.spectrum.json', '--format', format], dir);
    assert.ok(r.stdout.length > 0);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(r.stdout), `${format}: ${JSON.stringify(r.stdout)}`);
    assert.match(r.stdout, /\\u001b\]0;owned\\u0007/);
  }
  // A file name too.
  const named = tree({ 'x.spectrum.json': ERROR_APP });
  const odd = 'esc\u001b[31m.spectrum.json';
  writeFileSync(join(named, odd), ERROR_APP);
  const r = run(['.'], named);
  assert.ok(!r.stdout.includes('\u001b'), JSON.stringify(r.stdout));
  assert.match(r.stdout, /esc\\u001b\[31m\.spectrum\.json/);
});

test('an explicit symlink loop is reported as a loop, not as a missing file', () => {
  const dir = tree({});
  symlinkSync('loop.json', join(dir, 'loop.json'));
  const r = run(['loop.json'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read loop\.json: too many levels of symbolic links/);
});

test('UTF-16 files with a byte-order mark are read as text, both byte orders', () => {
  const text = ERROR_APP;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le.subarray(2)).swap16();
  const dir = tree({ 'utf8.spectrum.json': text });
  writeFileSync(join(dir, 'le.spectrum.json'), le);
  writeFileSync(join(dir, 'be.spectrum.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  const out = JSON.parse(run(['.', '--format', 'json'], dir).stdout);
  const codes = (name: string) => JSON.stringify(out.files.find((f: { path: string }) => f.path.endsWith(name)).diagnostics.map((d: { code: unknown; range: unknown }) => [d.code, d.range]));
  assert.ok(codes('utf8.spectrum.json').length > 2);
  assert.equal(codes('le.spectrum.json'), codes('utf8.spectrum.json'));
  assert.equal(codes('be.spectrum.json'), codes('utf8.spectrum.json'));
});

test('a lone carriage return does not lift the nesting limit: the deep file is skipped as too deep, the others are checked', () => {
  const deep = '["\r' + '['.repeat(20000) + ']'.repeat(20000) + ']';
  const comment = '[//\r' + '['.repeat(20000) + ']'.repeat(20000) + ']';
  const dir = tree({ 'deep.spectrum.json': deep, 'comment.spectrum.json': comment, 'other.spectrum.json': ERROR_APP });
  const r = run(['.', '--format', 'json'], dir);
  assert.ok(!/internal error|RangeError/.test(r.stderr), r.stderr);
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  for (const name of ['deep.spectrum.json', 'comment.spectrum.json']) {
    const f = out.files.find((x: { path: string }) => x.path.endsWith(name));
    assert.ok(f?.diagnostics.some((d: { code: unknown; message: string }) => d.code === 'document-skipped' && /levels deep/.test(d.message)), JSON.stringify(f));
  }
  assert.ok(out.files.find((x: { path: string }) => x.path.endsWith('other.spectrum.json')).diagnostics.length > 0);
});

test('--quiet --max-warnings 0 still counts the warnings it hides', () => {
  const dir = tree({ 'game.spectrum.json': app({ protocol: 'udp/27015', origin_direct: ['udp://146.190.50.22:27015'], ip_firewall: true }) });
  const r = run(['.', '--quiet', '--max-warnings', '0'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /1 warnings, more than --max-warnings 0/);
  assert.equal(run(['.', '--quiet'], dir).status, 0);
});
