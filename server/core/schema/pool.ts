import type { FieldSpec, ObjectSchema } from './types';
import { timestamps } from './timestamps';

export const CHECK_REGIONS: Record<string, string> = {
  WNAM: 'Western North America',
  ENAM: 'Eastern North America',
  WEU: 'Western Europe',
  EEU: 'Eastern Europe',
  NSAM: 'Northern South America',
  SSAM: 'Southern South America',
  OC: 'Oceania',
  ME: 'Middle East',
  NAF: 'Northern Africa',
  SAF: 'Southern Africa',
  SAS: 'Southern Asia',
  SEAS: 'South East Asia',
  NEAS: 'North East Asia',
  ALL_REGIONS: 'Every region (13 regions, 3 data centers each). Enterprise only.',
};

/** One endpoint of a pool (the API and older docs call it an origin). */
export const ORIGIN_SCHEMA: FieldSpec = {
  name: 'origins[]',
  type: ['object'],
  description: 'An endpoint of the pool: an address that receives traffic and health checks.',
  fields: [
    { name: 'name', type: ['string'], description: 'A name for the endpoint, unique within the pool.', example: 'app-server-1' },
    {
      name: 'address',
      type: ['string'],
      required: true,
      description:
        'IPv4 or IPv6 address, or a public hostname that resolves directly to the origin. Not a hostname proxied by Cloudflare (health checks report "DNS Internal"). A private or reserved IP needs `virtual_network_id`.',
      example: '192.0.2.10',
    },
    { name: 'enabled', type: ['boolean'], default: true, description: 'Whether the endpoint receives traffic and health checks. Disabling it affects this pool only.', example: true },
    {
      name: 'weight',
      type: ['number'],
      default: 1,
      minimum: 0,
      maximum: 1,
      description:
        'A share between 0 and 1, in steps of 0.01. With `origin_steering` `random` it scales how much traffic the endpoint gets; with `least_outstanding_requests` / `least_connections` it scales the outstanding requests or open connections.',
      example: 1,
    },
    {
      name: 'header',
      type: ['object'],
      description:
        'Request headers for this endpoint. Only `Host` is supported, with exactly one value: `{"Host": ["app.example.com"]}`. It is used for traffic and health checks and overrides the monitor\'s `Host`. It must be a subdomain of a zone on the account, the endpoint address itself, or a name that resolves to it.',
      fields: [{ name: 'Host', type: ['array'], items: { name: 'Host[]', type: ['string'], description: 'The hostname.' }, description: 'The Host header: an array with one hostname.', example: ['app.example.com'] }],
      example: { Host: ['app.example.com'] },
    },
    { name: 'port', type: ['integer'], default: 0, minimum: 0, maximum: 65535, description: 'The port traffic goes to; `0` means the protocol default.', example: 0 },
    {
      name: 'virtual_network_id',
      type: ['string'],
      description: 'UUID of the account\'s virtual network that routes to a private `address` (through Cloudflare Tunnel or WARP Connector).',
      example: '0b9b1b3e-4a3c-4f47-9a39-0f51a2d6c6f1',
    },
    { name: 'flatten_cname', type: ['boolean'], default: true, description: 'Whether a hostname `address` is flattened like a DNS record\'s `flatten_cname`.', example: true },
    { name: 'disabled_at', type: ['string'], readOnly: true, description: 'When the endpoint was disabled (RFC 3339), set by Cloudflare.' },
  ],
};

/** A Load Balancing pool: `POST /accounts/{account_id}/load_balancers/pools`. */
export const POOL_SCHEMA: ObjectSchema = {
  kind: 'pool',
  title: 'Load Balancing pool',
  description: 'A group of endpoints (origins) that a load balancer sends traffic to, with the monitor that checks their health.',
  docs: 'https://developers.cloudflare.com/api/resources/load_balancers/subresources/pools/methods/create/',
  fields: [
    { name: 'id', type: ['string'], readOnly: true, description: 'Identifier of the pool, set by Cloudflare. Load balancers reference it in `default_pools`, `fallback_pool` and the region, country and PoP pools.' },
    ...timestamps('pool'),
    { name: 'disabled_at', type: ['string'], readOnly: true, description: 'When the pool was disabled (RFC 3339), present only while it is disabled.' },
    { name: 'networks', type: ['array'], readOnly: true, items: { name: 'networks[]', type: ['string'], description: 'A network the pool is used on.' }, description: 'Networks the pool is used on, set by Cloudflare.' },
    {
      name: 'name',
      type: ['string'],
      required: true,
      description: 'A short name for the pool: letters, digits, `-` and `_` only, no spaces. Must be unique on the account.',
      example: 'primary-dc-1',
    },
    {
      name: 'origins',
      type: ['array'],
      required: true,
      items: ORIGIN_SCHEMA,
      description: 'The endpoints of the pool; at least one. Endpoints must be unique, but may share an IP when the port or virtual network differs.',
      plan: '20 endpoints per account without Enterprise.',
      example: [{ name: 'app-server-1', address: '192.0.2.10', enabled: true }],
    },
    { name: 'description', type: ['string'], default: '', description: 'Free text describing the pool.', example: 'Primary data center' },
    { name: 'enabled', type: ['boolean'], default: true, description: 'Whether the pool receives traffic. Disabled pools get no traffic and no health checks.', example: true },
    {
      name: 'minimum_origins',
      type: ['integer'],
      default: 1,
      description: 'How many endpoints must be healthy for the pool to be healthy ("health threshold"). Above the number of enabled endpoints, the pool can never be healthy. No minimum is documented: `0` is accepted.',
      example: 1,
    },
    { name: 'monitor', type: ['string'], description: 'The `id` of the monitor that checks the endpoints. Use either `monitor` or `monitor_group`, not both.', example: 'f1aba936b94213e5b8dca0c0dbf1f9cc' },
    { name: 'monitor_group', type: ['string'], description: 'The `id` of a monitor group that checks the endpoints. Use either `monitor` or `monitor_group`, not both.' },
    {
      name: 'check_regions',
      type: ['array', 'null'],
      items: { name: 'check_regions[]', type: ['string'], description: 'A health-check region.', enum: Object.keys(CHECK_REGIONS), enumDocs: CHECK_REGIONS },
      default: null,
      description:
        'Regions that run the health checks; each region probes from 3 data centers and the majority decides. `null` (or leaving it out) means every data center.',
      plan: '`null` (every data center) and `ALL_REGIONS` are Enterprise only: other plans get 1002 `Probing from every data centre is not allowed with this subscription`. Self-service accounts get one region and can buy up to 8.',
      example: ['WNAM', 'ENAM'],
    },
    { name: 'latitude', type: ['number'], minimum: -90, maximum: 90, description: 'Latitude of the data center, in decimal degrees, for proximity steering. Set together with `longitude`.', example: 37.77 },
    { name: 'longitude', type: ['number'], minimum: -180, maximum: 180, description: 'Longitude of the data center, in decimal degrees, for proximity steering. Set together with `latitude`.', example: -122.42 },
    {
      name: 'load_shedding',
      type: ['object', 'null'],
      description: 'Moves a share of the pool\'s traffic to the next pool, for example during maintenance.',
      fields: [
        { name: 'default_percent', type: ['number'], minimum: 0, maximum: 100, default: 0, description: 'Percent of new traffic (without session affinity) to shed.', example: 0 },
        {
          name: 'default_policy',
          type: ['string'],
          enum: ['random', 'hash'],
          enumDocs: { random: 'Shed a random share of requests.', hash: 'Shed by a hash of the client IP, so a client is shed consistently.' },
          default: 'random',
          description: 'How new traffic is chosen for shedding.',
        },
        { name: 'session_percent', type: ['number'], minimum: 0, maximum: 100, default: 0, description: 'Percent of traffic with session affinity to shed.', example: 0 },
        {
          name: 'session_policy',
          type: ['string'],
          enum: ['hash'],
          enumDocs: { hash: 'Shed by a hash of the client IP (the only policy for session traffic).' },
          default: 'hash',
          description: 'How traffic with session affinity is chosen for shedding.',
        },
      ],
    },
    {
      name: 'origin_steering',
      type: ['object', 'null'],
      description: 'How traffic is spread over the endpoints of the pool.',
      fields: [
        {
          name: 'policy',
          type: ['string'],
          enum: ['random', 'hash', 'least_outstanding_requests', 'least_connections'],
          enumDocs: {
            random: 'Pick an endpoint at random, weighted by `weight`.',
            hash: 'Pick by a hash of the client IP, so a client keeps its endpoint.',
            least_outstanding_requests: 'Pick the endpoint with the fewest pending requests, scaled by `weight`.',
            least_connections: 'Pick the endpoint with the fewest open connections, scaled by `weight`.',
          },
          default: 'random',
          description: 'The endpoint steering policy.',
        },
      ],
    },
    {
      name: 'notification_email',
      type: ['string'],
      legacy: true,
      default: '',
      description: 'Comma-separated addresses notified when the pool\'s health changes. **Deprecated**: use Cloudflare Notifications (alert type `load_balancing_health_alert`) instead.',
    },
    {
      name: 'notification_filter',
      type: ['object', 'null'],
      description: 'Which health changes trigger notifications; `null` resets the filter.',
      fields: [
        {
          name: 'origin',
          type: ['object', 'null'],
          description: 'Filter for endpoint health changes.',
          fields: [
            { name: 'disable', type: ['boolean'], default: false, description: 'Send no notifications about endpoints.' },
            { name: 'healthy', type: ['boolean', 'null'], description: '`true`: notify only when an endpoint becomes healthy; `false`: only when it becomes unhealthy; `null`: both.' },
          ],
        },
        {
          name: 'pool',
          type: ['object', 'null'],
          description: 'Filter for pool health changes.',
          fields: [
            { name: 'disable', type: ['boolean'], default: false, description: 'Send no notifications about the pool.' },
            { name: 'healthy', type: ['boolean', 'null'], description: '`true`: notify only when the pool becomes healthy; `false`: only when it becomes unhealthy; `null`: both.' },
          ],
        },
      ],
    },
    {
      name: 'health_sources',
      type: ['array', 'null'],
      items: {
        name: 'health_sources[]',
        type: ['string'],
        enum: ['regional', 'global'],
        enumDocs: { regional: 'Health from the pool\'s `check_regions`.', global: 'Health from Cloudflare\'s global view.' },
        description: 'A source of health information.',
      },
      default: null,
      description: 'Where the pool\'s health comes from: `null` (the default, like local plus global) or exactly `["regional", "global"]`, which needs at least one entry in `check_regions`.',
      example: ['regional', 'global'],
    },
  ],
};
