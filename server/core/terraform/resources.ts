import type { TargetKind } from '../kinds/types';

/** The provider's resources that are checked, and the kind of object each one's body is. */
export const RESOURCE_KINDS: Readonly<Record<string, TargetKind>> = {
  cloudflare_spectrum_application: 'spectrum-app',
  cloudflare_load_balancer_monitor: 'monitor',
  cloudflare_load_balancer_pool: 'pool',
  cloudflare_load_balancer: 'load-balancer',
};

/** Terraform's own arguments of every resource: not fields of the API object. */
export const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner', 'connection']);

/** Path parameters of the API (`/zones/{zone_id}/...`, `/accounts/{account_id}/...`): not body fields. */
export const PATH_PARAMETERS = new Set(['zone_id', 'account_id']);

/** v4 blocks that may repeat: always a list in the model, even when written once. */
export const LIST_BLOCKS = new Set(['origins', 'header', 'region_pools', 'pop_pools', 'country_pools', 'rules', 'overrides']);

/** v4 blocks the provider takes once, written in v5 as an object attribute (`dns = { ... }`). */
export const SINGLE_BLOCKS: Readonly<Record<TargetKind, readonly string[]>> = {
  'spectrum-app': ['dns', 'origin_dns', 'edge_ips', 'origin_port_range'],
  monitor: [],
  pool: ['load_shedding', 'origin_steering', 'notification_filter'],
  'load-balancer': ['session_affinity_attributes', 'adaptive_routing', 'location_strategy', 'random_steering'],
  'error-envelope': [],
  'health-events': [],
  'pool-health': [],
};

/** v4 attribute names and the API's (v5's) name for them. */
export const V4_RENAMES: Readonly<Partial<Record<TargetKind, Readonly<Record<string, string>>>>> = {
  'load-balancer': { default_pool_ids: 'default_pools', fallback_pool_id: 'fallback_pool' },
};

/**
 * v4 repeated blocks that the API writes as a map: `header { header = "Host" values = [..] }` is
 * `header: { "Host": [..] }`, `region_pools { region = "WNAM" pool_ids = [..] }` is
 * `region_pools: { "WNAM": [..] }`. Where: the path of the list below the resource (`*` for a list index).
 */
export const V4_MAPS: ReadonlyArray<{ kind: TargetKind; path: readonly string[]; key: string; value: string }> = [
  { kind: 'monitor', path: ['header'], key: 'header', value: 'values' },
  { kind: 'pool', path: ['origins', '*', 'header'], key: 'header', value: 'values' },
  { kind: 'load-balancer', path: ['region_pools'], key: 'region', value: 'pool_ids' },
  { kind: 'load-balancer', path: ['pop_pools'], key: 'pop', value: 'pool_ids' },
  { kind: 'load-balancer', path: ['country_pools'], key: 'country', value: 'pool_ids' },
  { kind: 'load-balancer', path: ['rules', '*', 'overrides', 'region_pools'], key: 'region', value: 'pool_ids' },
  { kind: 'load-balancer', path: ['rules', '*', 'overrides', 'pop_pools'], key: 'pop', value: 'pool_ids' },
  { kind: 'load-balancer', path: ['rules', '*', 'overrides', 'country_pools'], key: 'country', value: 'pool_ids' },
];

/** v4 blocks that repeat in the schema but stand for one API object: one block is that object. */
export const V4_SINGLE_LISTS: ReadonlyArray<{ kind: TargetKind; path: readonly string[] }> = [{ kind: 'load-balancer', path: ['rules', '*', 'overrides'] }];

/*
 * Not mapped (kept as written, so the schema checks see the provider's shape): v3's
 * `edge_ip_connectivity`, and the v4 pool origin `header` when it names anything but one header with
 * a literal name.
 */

/** Whether a text names one of the checked resource types (else a Terraform file is not parsed). */
export const mentionsTerraformResource = (text: string): boolean => /cloudflare_(spectrum_application|load_balancer)/.test(text);
