import type { Range } from '../document';

/**
 * What spectrum-lint knows about the Cloudflare account the linted files are sent to. Every part is
 * optional: a rule that needs a part stays quiet while it is unknown. The lists keep the exact shapes
 * the API returns, so `result` arrays can be pasted in.
 */

export type Plan = 'free' | 'pro' | 'business' | 'enterprise';
export const PLANS: readonly Plan[] = ['free', 'pro', 'business', 'enterprise'];

/** `payg`: Pay-as-you-go Spectrum (restricted API); `paid`: Spectrum as a paid add-on (full API). */
export type SpectrumMode = 'payg' | 'paid';

export type Entitlement = 'ftp' | 'byoip' | 'argo_smart_routing' | 'load_balancing';
export const ENTITLEMENTS: readonly Entitlement[] = ['ftp', 'byoip', 'argo_smart_routing', 'load_balancing'];

export interface Zone {
  name?: string;
  id?: string;
}

/** `GET /accounts/{account_id}/teamnet/virtual_networks` item. */
export interface VirtualNetwork {
  id: string;
  name?: string;
  is_default_network?: boolean;
  comment?: string;
  created_at?: string;
  deleted_at?: string | null;
}

/** `GET /accounts/{account_id}/teamnet/routes` item. */
export interface Route {
  id?: string;
  network: string;
  tunnel_id?: string;
  tunnel_name?: string;
  tun_type?: string;
  virtual_network_id?: string;
  virtual_network_name?: string;
  comment?: string;
  created_at?: string;
  deleted_at?: string | null;
}

/** `GET /accounts/{account_id}/addressing/prefixes` item (the fields spectrum-lint reads). */
export interface Prefix {
  id?: string;
  cidr: string;
  description?: string;
  approved?: string;
  [key: string]: unknown;
}

/** A Spectrum application as the list endpoint returns it, plus the zone it belongs to when known. */
export interface ContextSpectrumApp {
  id?: string;
  protocol?: string;
  dns?: { type?: string; name?: string };
  edge_ips?: { type?: string; connectivity?: string; ips?: string[] };
  traffic_type?: string;
  /** Not part of the API object: the zone the application was listed from (the pull adds it). */
  zone_id?: string;
  zone_name?: string;
  [key: string]: unknown;
}

/** A Load Balancing monitor as the API returns it (the fields spectrum-lint reads). */
export interface ContextMonitor {
  id?: string;
  type?: string;
  description?: string;
  [key: string]: unknown;
}

/** A Load Balancing pool as the API returns it (the fields spectrum-lint reads). */
export interface ContextPool {
  id?: string;
  name?: string;
  monitor?: string;
  origins?: unknown[];
  [key: string]: unknown;
}

export interface Quotas {
  /** Cloudflare IPv4 addresses the zone may use for Spectrum. */
  ipv4?: number;
  monitors?: number;
  pools?: number;
  /** Endpoints across all pools. */
  origins?: number;
  load_balancers?: number;
}

/** Where the context came from, so diagnostics can say so. */
export interface ContextSource {
  kind: 'file' | 'pull';
  /** The configuration file or context file that holds it. */
  path?: string;
  /** ISO time of the pull. */
  pulledAt?: string;
}

/** Where a value of the context is written, so diagnostics can link to it. */
export interface ContextLocation {
  path: string;
  range: Range;
}

export interface AccountContext {
  source: ContextSource;
  account_id?: string;
  plan?: Plan;
  spectrum?: SpectrumMode;
  /** Known entitlements; a missing key is unknown (array form in the file lists every enabled one). */
  entitlements?: Partial<Record<Entitlement, boolean>>;
  zone?: Zone;
  /** The account's other zones. */
  zones?: Zone[];
  virtual_networks?: VirtualNetwork[];
  routes?: Route[];
  prefixes?: Prefix[];
  spectrum_apps?: ContextSpectrumApp[];
  monitors?: ContextMonitor[];
  pools?: ContextPool[];
  quotas?: Quotas;
  /** Location of a value by its JSON pointer inside the context (e.g. `/routes/3`), when read from a file. */
  locate?: (pointer: string) => ContextLocation | undefined;
}
