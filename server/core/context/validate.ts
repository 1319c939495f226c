import ipaddr from 'ipaddr.js';
import {
  ENTITLEMENTS,
  PLANS,
  type AccountContext,
  type ContextSource,
  type Entitlement,
  type Prefix,
  type Quotas,
  type Route,
  type VirtualNetwork,
  type Zone,
} from './types';

/** A value of the account context that has the wrong shape; it is left out of the context. */
export interface ContextProblem {
  /** JSON pointer relative to the account value. */
  pointer: string;
  message: string;
}

export interface ValidatedContext {
  context: AccountContext;
  problems: ContextProblem[];
}

/** Keys of the context file, besides the lists. `pulled_at` and `account_id` are written by the pull. */
export const KNOWN_KEYS = new Set([
  '$schema',
  'comment',
  'account_id',
  'pulled_at',
  'plan',
  'spectrum',
  'entitlements',
  'zone',
  'zones',
  'virtual_networks',
  'routes',
  'prefixes',
  'spectrum_apps',
  'monitors',
  'pools',
  'quotas',
]);

export const QUOTA_KEYS: Array<keyof Quotas> = ['ipv4', 'monitors', 'pools', 'origins', 'load_balancers'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks an account context value (as parsed from JSON) and keeps every part that has the right shape.
 * Never throws; what is wrong comes back as problems with pointers into the value.
 */
export function validateAccount(raw: unknown, source: ContextSource): ValidatedContext {
  const problems: ContextProblem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ pointer, message });
  const context: AccountContext = { source };
  if (!isObject(raw)) {
    problem('', 'The account context must be an object (or, in the configuration file, the path of a file holding one).');
    return { context, problems };
  }

  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) problem('/' + esc(key), `Unknown key \`${key}\` in the account context; it is ignored.`);
  }

  if (raw.account_id !== undefined) {
    if (typeof raw.account_id === 'string') context.account_id = raw.account_id;
    else problem('/account_id', '`account_id` must be a string.');
  }
  if (raw.pulled_at !== undefined) {
    if (typeof raw.pulled_at === 'string' && !Number.isNaN(Date.parse(raw.pulled_at))) {
      context.source = { ...source, kind: 'pull', pulledAt: raw.pulled_at };
    } else problem('/pulled_at', '`pulled_at` must be an ISO date and time, as the pull writes it.');
  }

  if (raw.plan !== undefined) {
    const plan = typeof raw.plan === 'string' ? raw.plan.toLowerCase() : undefined;
    if (plan && (PLANS as readonly string[]).includes(plan)) context.plan = plan as AccountContext['plan'];
    else problem('/plan', `\`plan\` must be one of ${PLANS.map((p) => `"${p}"`).join(', ')}.`);
  }

  if (raw.spectrum !== undefined) {
    const mode = typeof raw.spectrum === 'string' ? raw.spectrum.toLowerCase() : undefined;
    if (mode === 'payg' || mode === 'paid') context.spectrum = mode;
    else problem('/spectrum', '`spectrum` must be "payg" (Pay-as-you-go) or "paid" (the paid add-on with the full API).');
  }

  if (raw.entitlements !== undefined) context.entitlements = entitlements(raw.entitlements, problem);

  if (raw.zone !== undefined) {
    const z = zone(raw.zone, '/zone', problem);
    if (z) context.zone = z;
  }
  if (raw.zones !== undefined) {
    context.zones = list(raw.zones, '/zones', problem, (v, p) => zone(v, p, problem));
  }

  if (raw.virtual_networks !== undefined) {
    context.virtual_networks = list(raw.virtual_networks, '/virtual_networks', problem, (v, p) => virtualNetwork(v, p, problem));
  }
  if (raw.routes !== undefined) context.routes = list(raw.routes, '/routes', problem, (v, p) => route(v, p, problem));
  if (raw.prefixes !== undefined) context.prefixes = list(raw.prefixes, '/prefixes', problem, (v, p) => prefix(v, p, problem));
  if (raw.spectrum_apps !== undefined) context.spectrum_apps = list(raw.spectrum_apps, '/spectrum_apps', problem, (v, p) => objectItem(v, p, problem));
  if (raw.monitors !== undefined) context.monitors = list(raw.monitors, '/monitors', problem, (v, p) => objectItem(v, p, problem));
  if (raw.pools !== undefined) context.pools = list(raw.pools, '/pools', problem, (v, p) => objectItem(v, p, problem));

  if (raw.quotas !== undefined) {
    if (!isObject(raw.quotas)) problem('/quotas', '`quotas` must be an object such as `{ "ipv4": 2, "pools": 20 }`.');
    else {
      const quotas: Quotas = {};
      for (const [k, v] of Object.entries(raw.quotas)) {
        if (!(QUOTA_KEYS as string[]).includes(k)) problem('/quotas/' + esc(k), `Unknown quota \`${k}\`; known quotas are ${QUOTA_KEYS.join(', ')}.`);
        else if (typeof v === 'number' && Number.isInteger(v) && v >= 0) quotas[k as keyof Quotas] = v;
        else problem('/quotas/' + esc(k), `Quota \`${k}\` must be a whole number, 0 or more.`);
      }
      context.quotas = quotas;
    }
  }
  return { context, problems };
}

type Problem = (pointer: string, message: string) => void;

/**
 * A list in the shape the API returns it; a whole pasted envelope (`{ "result": [...] }`) is accepted too.
 * Items with the wrong shape are left out, each with its own problem.
 */
function list<T>(value: unknown, pointer: string, problem: Problem, item: (v: unknown, p: string) => T | undefined): T[] | undefined {
  let arr = value;
  let base = pointer;
  if (isObject(value) && Array.isArray(value.result)) {
    arr = value.result;
    base = pointer + '/result';
  }
  if (!Array.isArray(arr)) {
    problem(pointer, `\`${pointer.slice(1)}\` must be an array (the \`result\` array of the API's list response).`);
    return undefined;
  }
  const out: T[] = [];
  arr.forEach((v, i) => {
    const t = item(v, `${base}/${i}`);
    if (t !== undefined) out.push(t);
  });
  return out;
}

function entitlements(value: unknown, problem: Problem): Partial<Record<Entitlement, boolean>> | undefined {
  const known = (k: string) => (ENTITLEMENTS as readonly string[]).includes(k);
  const names = ENTITLEMENTS.join(', ');
  if (Array.isArray(value)) {
    // The list form names every enabled entitlement, so the others are known to be off.
    const out = Object.fromEntries(ENTITLEMENTS.map((e) => [e, false])) as Record<Entitlement, boolean>;
    value.forEach((v, i) => {
      if (typeof v === 'string' && known(v)) out[v as Entitlement] = true;
      else problem(`/entitlements/${i}`, `Unknown entitlement ${JSON.stringify(v)}; known entitlements are ${names}.`);
    });
    return out;
  }
  if (!isObject(value)) {
    problem('/entitlements', `\`entitlements\` must be an object of booleans (\`{ "byoip": true }\`) or the list of enabled ones (\`["byoip"]\`).`);
    return undefined;
  }
  const out: Partial<Record<Entitlement, boolean>> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!known(k)) problem('/entitlements/' + esc(k), `Unknown entitlement \`${k}\`; known entitlements are ${names}.`);
    else if (typeof v !== 'boolean') problem('/entitlements/' + esc(k), `Entitlement \`${k}\` must be true or false.`);
    else out[k as Entitlement] = v;
  }
  return out;
}

function zone(value: unknown, pointer: string, problem: Problem): Zone | undefined {
  if (typeof value === 'string' && value) return { name: normalName(value) };
  if (!isObject(value)) {
    problem(pointer, 'A zone must be an object `{ "name": "example.com", "id": "<zone id>" }` (or just its name).');
    return undefined;
  }
  const z: Zone = {};
  if (value.name !== undefined) {
    if (typeof value.name === 'string' && value.name) z.name = normalName(value.name);
    else problem(pointer + '/name', 'The zone `name` must be a domain name such as `example.com`.');
  }
  if (value.id !== undefined) {
    if (typeof value.id === 'string' && value.id) z.id = value.id;
    else problem(pointer + '/id', 'The zone `id` must be a string.');
  }
  if (z.name === undefined && z.id === undefined) {
    if (value.name === undefined && value.id === undefined) problem(pointer, 'A zone needs a `name` (and, ideally, an `id`).');
    return undefined;
  }
  return z;
}

/** Domain names compare case-insensitively and without the final dot. */
export function normalName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

function virtualNetwork(value: unknown, pointer: string, problem: Problem): VirtualNetwork | undefined {
  if (!isObject(value)) {
    problem(pointer, 'A virtual network must be an object with an `id` and a `name`.');
    return undefined;
  }
  if (typeof value.id !== 'string' || !value.id) {
    problem(pointer, 'This virtual network has no `id`; it is ignored.');
    return undefined;
  }
  if (value.name !== undefined && typeof value.name !== 'string') problem(pointer + '/name', 'The virtual network `name` must be a string.');
  return value as unknown as VirtualNetwork;
}

function route(value: unknown, pointer: string, problem: Problem): Route | undefined {
  if (!isObject(value)) {
    problem(pointer, 'A route must be an object with a `network` (CIDR) and a `virtual_network_id`.');
    return undefined;
  }
  if (typeof value.network !== 'string' || !ipaddr.isValidCIDR(value.network)) {
    problem(pointer + (value.network === undefined ? '' : '/network'), 'This route has no valid `network` CIDR (such as `10.0.0.0/16`); it is ignored.');
    return undefined;
  }
  if (value.virtual_network_id !== undefined && value.virtual_network_id !== null && typeof value.virtual_network_id !== 'string') {
    problem(pointer + '/virtual_network_id', 'The route `virtual_network_id` must be a string; the route is ignored.');
    return undefined;
  }
  return value as unknown as Route;
}

function prefix(value: unknown, pointer: string, problem: Problem): Prefix | undefined {
  if (!isObject(value)) {
    problem(pointer, 'A prefix must be an object with a `cidr`.');
    return undefined;
  }
  if (typeof value.cidr !== 'string' || !ipaddr.isValidCIDR(value.cidr)) {
    problem(pointer + (value.cidr === undefined ? '' : '/cidr'), 'This prefix has no valid `cidr` (such as `203.0.113.0/24`); it is ignored.');
    return undefined;
  }
  return value as unknown as Prefix;
}

function objectItem<T>(value: unknown, pointer: string, problem: Problem): T | undefined {
  if (!isObject(value)) {
    problem(pointer, 'Each item must be an object, as the API returns it.');
    return undefined;
  }
  return value as T;
}
