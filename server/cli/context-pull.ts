import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { findApiCode } from '../core/catalog';
import { DEFAULT_CONTEXT_FILE } from '../core/context';
import { explainText } from '../core/explain';
import { baseUrlProblem, CloudflareClient, CloudflareError, DEFAULT_BASE_URL, DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS, tokenProblem } from '../cloudflare/client';
import { idProblem, pullAccountContext } from '../cloudflare/pull';
import { printable } from './printable';
import { describeFsError, readTextFile, ReadError } from '../node/read-text';
import { UsageError, type CliIo } from './io';

export const TOKEN_VARIABLE = 'CLOUDFLARE_API_TOKEN';

export const CONTEXT_PULL_HELP = `Usage: spectrum-lint context pull --account <account id> --zone <zone id> [options]

Fetches the account context (zone and plan, other zones, virtual networks, routes, BYOIP prefixes,
the zone's Spectrum applications, Load Balancing monitors and pools) from the Cloudflare API and
writes it to a file that spectrum-lint.config.json can name in "account".

The API token is read from ${TOKEN_VARIABLE} and sent only in the Authorization header; it is
never written to the file or printed. Read permissions needed: Zone Read, Zone Settings Read,
Cloudflare Tunnel Read (routes, virtual networks), IP Prefixes Read, Load Balancing Read. A part
the token cannot read is left out, and the checks that need it stay quiet.

Options:
  --account <id>      Account id (required)
  --zone <id>         Zone id of the Spectrum applications (required)
  --other-zone <id>   Also pull the Spectrum applications of another zone of the account, for the
                      cross-zone checks (11033 edge IP in use, 16001 hostname in another zone);
                      repeatable
  --out <file>        File to write (default ${DEFAULT_CONTEXT_FILE}); values the API does not
                      know (spectrum, entitlements, quotas) are kept from an existing file
  --base-url <url>    API base URL (default ${DEFAULT_BASE_URL})
  --timeout <ms>      Time limit per request, answer included (default ${DEFAULT_TIMEOUT_MS})
  --deadline <ms>     Time limit for the whole pull, waits and retries included (default
                      ${DEFAULT_DEADLINE_MS}); parts not fetched by then are left out
  --retries <n>       Retries on 429, 5xx and timeouts (default 3)
  -h, --help          Show this help

Exit codes: 0 everything fetched, 1 written but some parts failed, 2 usage error or nothing fetched.`;

interface PullArgs {
  account?: string;
  zone?: string;
  otherZones: string[];
  out: string;
  baseUrl: string;
  timeoutMs: number;
  deadlineMs: number;
  retries: number;
  help: boolean;
}

function parseArgs(argv: string[]): PullArgs {
  const a: PullArgs = { otherZones: [], out: DEFAULT_CONTEXT_FILE, baseUrl: DEFAULT_BASE_URL, timeoutMs: DEFAULT_TIMEOUT_MS, deadlineMs: DEFAULT_DEADLINE_MS, retries: 3, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return v;
    };
    const id = (v: string) => {
      const problem = idProblem(v, name);
      if (problem) throw new UsageError(problem);
      return v;
    };
    const whole = (v: string, min: number) => {
      if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${name} needs a whole number of at least ${min}, not "${v}"`);
      return Number(v);
    };
    switch (name) {
      case '--account':
        a.account = id(value());
        break;
      case '--zone':
        a.zone = id(value());
        break;
      case '--other-zone':
        a.otherZones.push(id(value()));
        break;
      case '--out':
      case '-o':
        a.out = value();
        break;
      case '--base-url': {
        const v = value();
        let url: URL;
        try {
          url = new URL(v);
        } catch {
          throw new UsageError(`--base-url must be a URL such as ${DEFAULT_BASE_URL}, not "${printable(v)}"`);
        }
        const problem = baseUrlProblem(url.href);
        if (problem) throw new UsageError(`--base-url: ${problem}`);
        a.baseUrl = v;
        break;
      }
      case '--timeout':
        a.timeoutMs = whole(value(), 1);
        break;
      case '--deadline':
        a.deadlineMs = whole(value(), 1);
        break;
      case '--retries':
        a.retries = whole(value(), 0);
        break;
      case '-h':
      case '--help':
        a.help = true;
        break;
      default:
        throw new UsageError(`context pull: unknown ${arg.startsWith('-') ? 'option' : 'argument'} ${printable(name)}`);
    }
  }
  return a;
}

/** `spectrum-lint context pull`: writes the account context file. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout.write(CONTEXT_PULL_HELP + '\n');
    return 0;
  }
  if (!args.account || !args.zone) throw new UsageError('context pull needs --account <account id> and --zone <zone id>');
  const token = io.env[TOKEN_VARIABLE]?.trim();
  if (!token) {
    io.stderr.write(`spectrum-lint: set ${TOKEN_VARIABLE} to an API token with read access to the account (it is sent only to ${args.baseUrl}).\n`);
    return 2;
  }
  const badToken = tokenProblem(token);
  if (badToken) {
    io.stderr.write(`spectrum-lint: ${TOKEN_VARIABLE}: ${badToken}\n`);
    return 2;
  }

  const out = resolve(io.cwd, args.out);
  const previous = await readPrevious(out, io);
  if (previous === null) return 2;

  const tty = io.stderr.isTTY === true;
  const client = new CloudflareClient({
    token,
    baseUrl: args.baseUrl,
    timeoutMs: args.timeoutMs,
    deadlineMs: args.deadlineMs,
    retries: args.retries,
    onRetry: (n) =>
      io.stderr.write(`${tty ? '\r\x1b[K' : ''}  retrying GET ${printable(n.path)} in ${(n.delayMs / 1000).toFixed(1)} s (${printable(n.reason)}; attempt ${n.attempt + 1} of ${args.retries + 1})\n`),
  });
  const { context, parts } = await pullAccountContext({
    client,
    accountId: args.account,
    zoneId: args.zone,
    otherZoneIds: args.otherZones,
    previous,
    onProgress: (part, i, total) => io.stderr.write(`${tty ? '\r\x1b[K' : ''}Pulling account context from ${new URL(args.baseUrl).host}: ${part} (${i + 1}/${total})${tty ? '' : '\n'}`),
  });
  if (tty) io.stderr.write('\r\x1b[K');

  for (const p of parts) {
    if (p.ok) io.stderr.write(`  ok      ${p.part}: ${p.count}\n`);
    else io.stderr.write(`  failed  ${p.part}: ${describeFailure(p.error!)}\n`);
  }
  const failed = parts.filter((p) => !p.ok);
  if (failed.length === parts.length) {
    io.stderr.write(`spectrum-lint: nothing could be fetched, so ${basename(out)} was not written.\n`);
    return 2;
  }

  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(context, null, 2) + '\n', 'utf8');
  await rename(tmp, out);
  const shown = relative(io.cwd, out).replace(/\\/g, '/') || out;
  io.stdout.write(`Wrote ${shown}${failed.length ? ` (without ${failed.map((p) => p.part).join(', ')})` : ''}.\n`);
  io.stdout.write(`Name it in spectrum-lint.config.json: { "account": "./${basename(out)}" }\n`);
  return failed.length ? 1 : 0;
}

/** An existing context file's content; {} when there is none; null (after a message) when it cannot be used. */
async function readPrevious(path: string, io: CliIo): Promise<Record<string, unknown> | null> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    if (error instanceof ReadError && error.code === 'ENOENT') return {};
    io.stderr.write(`spectrum-lint: cannot read ${printable(path)}: ${describeFsError(error)}; move it away or choose another --out.\n`);
    return null;
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // reported below
  }
  io.stderr.write(`spectrum-lint: ${path} exists but is not a JSON object; move it away or choose another --out.\n`);
  return null;
}

/** One line per failure (what the API said, control characters escaped), then the catalog's explanation of each API code it knows. */
export function describeFailure(error: CloudflareError): string {
  if (error.kind !== 'api' || error.errors.length === 0) return printable(error.message);
  const lines = [printable(error.message)];
  for (const e of error.errors) {
    const known = findApiCode(e.code);
    const text = known ? explainText(known.id) : undefined;
    if (text) lines.push(...text.split('\n').map((l) => '            ' + l));
  }
  return lines.join('\n');
}
