import { defaultAppliesTo, type CatalogEntry, type WithDefaultRole } from './types';

const PAGE = 'https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/';

function lb(e: WithDefaultRole<Omit<CatalogEntry, 'group'>>): CatalogEntry {
  return { group: 'lb-api', appliesTo: defaultAppliesTo(e.detection), ...e };
}

/** Load Balancing API error codes, and the documented API errors that have no number. */
export const LB_API: CatalogEntry[] = [
  lb({
    id: '1002',
    code: 1002,
    title: 'Validation failed',
    http: '400',
    cause: 'A monitor, pool or load balancer field failed the API\'s validation; the message names the field and ends with `: validation failed`. Common cases: a monitor interval outside the plan\'s range, probing from every data center without Enterprise, a Host header override that is not a subdomain of a zone on the account, the origin address itself or a name that resolves to it, a private origin address without a virtual network, an invalid `virtual_network_id`.',
    resolution: 'Correct the value the message names; each finding says what the API accepts there.',
    docs: PAGE + '#validation-failed-error',
    severity: 'error',
    detection: 'static',
    messages: [
      'interval is not in range [60, 3600]: validation failed',
      'the origin list length must be in range [1, 0]: validation failed',
      'Probing from every data centre is not allowed with this subscription. Please choose regions to probe from.: validation failed',
      'Origin address is invalid or is not globally routable and has health monitoring enabled: validation failed',
      'virtual_network_id must be valid UUID: validation failed',
    ],
  }),
  lb({
    id: '1003',
    code: 1003,
    title: 'Value not unique',
    cause: 'A value that must be unique (for example a pool or origin name, or an object changed together with the rules that reference it) already exists.',
    resolution: 'Use a unique value; when changing load balancer rules and pools together, apply the changes in two steps.',
    docs: PAGE,
    severity: 'error',
    detection: 'explain',
    messages: ['value not unique'],
  }),
  lb({
    id: '1005',
    code: 1005,
    title: 'Object referenced by other objects',
    http: '412',
    cause: 'The object (for example a pool used as a default, fallback or region pool, or a monitor used by a pool) is still referenced and cannot be deleted.',
    resolution: 'Remove the references first (load balancers\' `default_pools`, `fallback_pool`, `region_pools`, pools\' `monitor`), then delete the object.',
    docs: PAGE + '#object-referenced-by-other-objects',
    severity: 'error',
    detection: 'explain',
    messages: ['This object is referenced by other objects, delete them first.'],
  }),
  lb({
    id: '1006',
    code: 1006,
    title: 'Exceeded quota',
    cause: 'Creating the object would exceed the number of monitors, pools, origins or load balancers the plan includes.',
    resolution: 'Reuse or delete unused objects. Enterprise customers ask their account team for more; self-service customers upgrade the Load Balancing subscription.',
    docs: PAGE + '#exceeded-quota-error',
    severity: 'error',
    detection: 'context',
    messages: ['Quota exceeded. You are currently allowed 5 monitors. Please re-use or delete any unused monitors.'],
  }),
  lb({
    id: '7003',
    code: 7003,
    title: 'No route for the URI',
    cause: 'The request path does not exist in the API (a mistyped endpoint, or an account-level path used with a zone ID).',
    resolution: 'Check the method and the path against the API reference.',
    docs: 'https://developers.cloudflare.com/fundamentals/api/',
    severity: 'error',
    detection: 'explain',
    messages: ['No route for the URI'],
  }),
  lb({
    id: 'load-balancing-not-enabled',
    code: 'load-balancing-not-enabled',
    title: 'Load Balancing not enabled',
    cause: 'Load Balancing is not enabled for the account or zone. The API may show it as `interval is not in range [0, 0]` or `the origin list length must be in range [1, 0]`.',
    resolution: 'Enable Load Balancing for the account (self-service plans add it in the dashboard; Enterprise customers ask their account team).',
    docs: PAGE + '#load-balancing-not-enabled',
    severity: 'error',
    detection: 'context',
    messages: ['interval is not in range [0, 0]: validation failed'],
  }),
];
