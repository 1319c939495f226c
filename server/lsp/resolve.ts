import { promises as dns } from 'node:dns';
import type { FixEnv } from '../core';

const TIMEOUT_MS = 1500;

/**
 * A hostname's IPv4 and IPv6 addresses (A + AAAA) through the system resolver (`dns.promises.lookup`,
 * so hosts files and split DNS behave as for every other program), for fixes that offer "use this
 * address". Gives up after ~1.5 s so a quick-fix menu never hangs on a slow DNS server; [] on failure.
 */
export async function resolveHost(hostname: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([]), TIMEOUT_MS);
  });
  const lookup = dns
    .lookup(hostname, { all: true, family: 0, verbatim: true })
    .then((found) => [...new Set(found.map((a) => a.address))])
    .catch(() => [] as string[]);
  try {
    return await Promise.race([lookup, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The environment quick fixes run in. Fix-all gets none: it applies only safe fixes, which never need the network. */
export const QUICK_FIX_ENV: FixEnv = { resolve: resolveHost };
