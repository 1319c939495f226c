import type { AccountContext, Zone } from './types';
import { normalName } from './validate';

/** Whether `name` is the zone apex or a name below it. */
export function inZone(name: string, zoneName: string): boolean {
  const n = normalName(name);
  const z = normalName(zoneName);
  return n === z || n.endsWith('.' + z);
}

/** Every zone of the account that has a name: the context's zone first, then the others. */
export function accountZones(ctx: AccountContext): Zone[] {
  const out: Zone[] = [];
  if (ctx.zone?.name) out.push(ctx.zone);
  for (const z of ctx.zones ?? []) if (z.name && !out.some((o) => o.name === z.name)) out.push(z);
  return out;
}

/** The most specific zone of the account holding `name` (sub.example.com wins over example.com). */
export function zoneOfName(ctx: AccountContext, name: string): Zone | undefined {
  let best: Zone | undefined;
  for (const z of accountZones(ctx)) {
    if (inZone(name, z.name!) && (!best || z.name!.length > best.name!.length)) best = z;
  }
  return best;
}

/** Whether two zone descriptions name the same zone (by id when both have one, else by name). */
export function sameZone(a: Zone | undefined, b: Zone | undefined): boolean {
  if (!a || !b) return false;
  if (a.id && b.id) return a.id === b.id;
  return !!a.name && !!b.name && normalName(a.name) === normalName(b.name);
}

export const zoneLabel = (z: Zone) => z.name ?? z.id ?? 'another zone';
