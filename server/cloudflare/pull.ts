import { PLANS } from '../core/context/types';
import { CloudflareClient, CloudflareError } from './client';

/** What one part of the pull fetched, or why it could not. */
export interface PartResult {
  part: string;
  ok: boolean;
  count?: number;
  error?: CloudflareError;
}

export interface PullOptions {
  client: CloudflareClient;
  accountId: string;
  zoneId: string;
  /** More zones whose Spectrum applications are pulled too (tagged with their zone), for the cross-zone checks 11033 and 16001. */
  otherZoneIds?: string[];
  /** The file written by an earlier pull or by hand: what the API cannot tell (payg, entitlements, quotas) is kept. */
  previous?: Record<string, unknown>;
  /** Called as each part starts, for a progress line. */
  onProgress?: (part: string, index: number, total: number) => void;
  now?: () => Date;
}

export interface PullResult {
  /** The account context file's content (never the token). */
  context: Record<string, unknown>;
  parts: PartResult[];
}

/** Keys the pull writes; every other key of a previous file is the user's and is kept as it was. */
export const PULLED_KEYS = ['account_id', 'pulled_at', 'zone', 'zones', 'virtual_networks', 'routes', 'prefixes', 'spectrum_apps', 'monitors', 'pools'];

interface ZoneInfo {
  id: string;
  name: string;
  plan?: { legacy_id?: string };
}

const seg = (s: string) => encodeURIComponent(s);

/** Why a value cannot be a Cloudflare account or zone id (32 hexadecimal characters); it goes into URL paths. */
export function idProblem(value: string, what: string): string | undefined {
  return /^[0-9a-f]{32}$/i.test(value) ? undefined : `${what} must be a Cloudflare id (32 hexadecimal characters).`;
}

/** A zone's name as the API gave it, when it can be a DNS name (at most 253 characters). */
function zoneName(z: ZoneInfo | undefined, path: string): string {
  const name = z?.name;
  if (typeof name !== 'string' || name.length === 0 || name.length > 253 || /[\u0000-\u0020\u007f]/.test(name)) {
    throw new CloudflareError('malformed', `GET ${path}: a zone name in the answer is not a DNS name.`, path);
  }
  return name;
}

/**
 * Pulls the account context from the API: the zone (name and plan), the account's other zones,
 * virtual networks, routes (paginated), BYOIP prefixes, the zone's Spectrum applications (paginated),
 * and Load Balancing monitors and pools. Each part is independent: a part the token may not read is
 * left out (so the rules that need it stay quiet) and reported in `parts`.
 */
export async function pullAccountContext(options: PullOptions): Promise<PullResult> {
  const { client, accountId, zoneId } = options;
  for (const [id, what] of [[accountId, 'The account id'], [zoneId, 'The zone id'], ...(options.otherZoneIds ?? []).map((z) => [z, 'Another zone id'])]) {
    const problem = idProblem(id, what);
    if (problem) throw new Error(problem);
  }
  const account = `/accounts/${seg(accountId)}`;
  const previous = options.previous ?? {};
  const context: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(previous)) if (!PULLED_KEYS.includes(k) && k !== 'plan') context[k] = v;
  context.account_id = accountId;
  context.pulled_at = (options.now?.() ?? new Date()).toISOString();

  /** An unpaginated account list (`result: [...]`), stored under `key`. */
  const singlePage = (key: string, path: string, query?: Record<string, string | number | boolean>) => async () => {
    const list = (await client.get<unknown[]>(path, query)).result;
    const items = Array.isArray(list) ? list : [];
    context[key] = items;
    return items.length;
  };
  /** A zone's Spectrum applications (paginated), tagged with their zone id (its name is in `zone`/`zones`) so cross-zone checks can tell them apart. */
  const zoneApps = (id: string) => async () => {
    const apps = await client.list<Record<string, unknown>>(`/zones/${seg(id)}/spectrum/apps`, {}, 100);
    context.spectrum_apps = [...((context.spectrum_apps as unknown[]) ?? []), ...apps.map((a) => ({ ...a, zone_id: id }))];
    return apps.length;
  };

  const steps: Array<[string, () => Promise<number>]> = [
    [
      'zone',
      async () => {
        const path = `/zones/${seg(zoneId)}`;
        const z = (await client.get<ZoneInfo>(path)).result;
        context.zone = { name: zoneName(z, path), id: z.id };
        const plan = z.plan?.legacy_id;
        if (plan && (PLANS as readonly string[]).includes(plan)) context.plan = plan;
        else if (previous.plan !== undefined) context.plan = previous.plan;
        return 1;
      },
    ],
    [
      'zones',
      async () => {
        const zones = await client.list<ZoneInfo>('/zones', { 'account.id': accountId }, 50);
        context.zones = zones.filter((z) => z.id !== zoneId).map((z) => ({ name: zoneName(z, '/zones'), id: z.id }));
        return zones.length;
      },
    ],
    ['virtual networks', singlePage('virtual_networks', `${account}/teamnet/virtual_networks`, { is_deleted: false })],
    [
      'routes',
      async () => {
        context.routes = await client.list(`${account}/teamnet/routes`, { is_deleted: false }, 1000);
        return (context.routes as unknown[]).length;
      },
    ],
    ['prefixes', singlePage('prefixes', `${account}/addressing/prefixes`)],
    ['Spectrum applications', zoneApps(zoneId)],
    ...(options.otherZoneIds ?? []).filter((id) => id !== zoneId).map((id): [string, () => Promise<number>] => [`Spectrum applications of zone ${id}`, zoneApps(id)]),
    ['monitors', singlePage('monitors', `${account}/load_balancers/monitors`)],
    ['pools', singlePage('pools', `${account}/load_balancers/pools`)],
  ];

  const parts: PartResult[] = [];
  for (let i = 0; i < steps.length; i++) {
    const [part, run] = steps[i];
    options.onProgress?.(part, i, steps.length);
    try {
      parts.push({ part, ok: true, count: await run() });
    } catch (error) {
      if (!(error instanceof CloudflareError)) throw error;
      // Left out rather than kept from an earlier pull: facts would claim a pull time they do not have.
      parts.push({ part, ok: false, error });
    }
  }
  if (context.plan === undefined && previous.plan !== undefined) context.plan = previous.plan;
  return { context: order(context), parts };
}

const ORDER = ['$schema', 'account_id', 'pulled_at', 'plan', 'spectrum', 'entitlements', 'quotas', 'zone', 'zones', 'virtual_networks', 'routes', 'prefixes', 'spectrum_apps', 'monitors', 'pools'];

/** Stable key order, so two pulls of the same account diff cleanly. */
function order(context: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (context[k] !== undefined) out[k] = context[k];
  for (const [k, v] of Object.entries(context)) if (!(k in out)) out[k] = v;
  return out;
}
