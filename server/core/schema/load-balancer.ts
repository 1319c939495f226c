import type { FieldSpec, ObjectSchema } from './types';
import { timestamps } from './timestamps';

/** A map from a region, country or data center to an ordered list of pool ids. */
const poolMap = (name: string, keys: string, example: Record<string, string[]>, plan?: string): FieldSpec => ({
  name,
  type: ['object'],
  description: `Pools per ${keys}: each key maps to pool ids in failover order, used for traffic from there instead of \`default_pools\`.`,
  ...(plan ? { plan } : {}),
  example,
});

const DEFAULT_POOLS: FieldSpec = {
  name: 'default_pools',
  type: ['array'],
  items: { name: 'default_pools[]', type: ['string'], description: 'A pool id.' },
  description: 'Pool ids in failover order: traffic goes to the first healthy pool (or is steered between them by `steering_policy`).',
  example: ['17b5962d775c646f3f9725cbc7a53df4'],
};

const FALLBACK_POOL: FieldSpec = { name: 'fallback_pool', type: ['string'], description: 'The pool id used when every other pool is unhealthy.', example: '17b5962d775c646f3f9725cbc7a53df4' };

const TTL: FieldSpec = { name: 'ttl', type: ['integer'], description: 'The DNS TTL in seconds of the load balancer\'s records. Only for unproxied load balancers: proxied ones use an automatic TTL.', example: 30 };

const STEERING_POLICY: FieldSpec = {
  name: 'steering_policy',
  type: ['string'],
  enum: ['off', 'geo', 'random', 'dynamic_latency', 'proximity', 'least_outstanding_requests', 'least_connections', ''],
  enumDocs: {
    off: 'Failover only: the first healthy pool of `default_pools`.',
    geo: 'Pools by region, country or data center (`region_pools`, `country_pools`, `pop_pools`).',
    random: 'A random healthy pool, weighted by `random_steering`.',
    dynamic_latency: 'The pool with the lowest health-check round-trip time.',
    proximity: 'The pool closest to the visitor, by the pools\' `latitude` and `longitude`.',
    least_outstanding_requests: 'The pool with the fewest pending requests, weighted by `random_steering`.',
    least_connections: 'The pool with the fewest open connections, weighted by `random_steering`.',
    '': 'The default: `geo` when pools per location are set, else `off`.',
  },
  description: 'How traffic is steered between pools.',
  example: 'off',
};

const POOL_MAPS: FieldSpec[] = [
  poolMap('region_pools', 'region (`WNAM`, `WEU`, ...)', { WNAM: ['17b5962d775c646f3f9725cbc7a53df4'] }),
  poolMap('country_pools', 'country (two-letter code)', { US: ['17b5962d775c646f3f9725cbc7a53df4'] }),
  poolMap('pop_pools', 'Cloudflare data center (three-letter code)', { LAX: ['17b5962d775c646f3f9725cbc7a53df4'] }, 'Enterprise only.'),
];

const RANDOM_STEERING: FieldSpec = {
  name: 'random_steering',
  type: ['object'],
  description: 'Weights of the pools for `random`, `least_outstanding_requests` and `least_connections` steering.',
  fields: [
    { name: 'default_weight', type: ['number'], description: 'The weight of a pool not in `pool_weights`.', example: 1 },
    { name: 'pool_weights', type: ['object'], description: 'A weight per pool id.', example: { '17b5962d775c646f3f9725cbc7a53df4': 0.5 } },
  ],
};

const ADAPTIVE_ROUTING: FieldSpec = {
  name: 'adaptive_routing',
  type: ['object'],
  description: 'Failover beyond the pools of one location.',
  fields: [{ name: 'failover_across_pools', type: ['boolean'], description: 'Whether traffic may fail over to pools outside the visitor\'s location. Not supported with Spectrum.', example: false }],
};

const LOCATION_STRATEGY: FieldSpec = {
  name: 'location_strategy',
  type: ['object'],
  description: 'How the visitor\'s location is found for `geo` and `proximity` steering.',
  fields: [
    {
      name: 'mode',
      type: ['string'],
      enum: ['pop', 'resolver_ip'],
      enumDocs: { pop: 'The Cloudflare data center that received the request.', resolver_ip: 'The IP address of the visitor\'s DNS resolver.' },
      description: 'Where the location comes from.',
      example: 'pop',
    },
    {
      name: 'prefer_ecs',
      type: ['string'],
      enum: ['always', 'never', 'proximity', 'geo'],
      enumDocs: { always: 'Use EDNS Client Subnet when the resolver sends it.', never: 'Never use EDNS Client Subnet.', proximity: 'Use it for `proximity` steering only.', geo: 'Use it for `geo` steering only.' },
      description: 'Whether the EDNS Client Subnet of a DNS query is preferred to `mode`.',
      example: 'always',
    },
  ],
};

const SESSION_AFFINITY: FieldSpec = {
  name: 'session_affinity',
  type: ['string'],
  enum: ['none', 'cookie', 'ip_cookie', 'header'],
  enumDocs: {
    none: 'No session affinity.',
    cookie: 'A cookie keeps a visitor on one endpoint (`session_affinity_ttl` 1800-604800 s).',
    ip_cookie: 'Like `cookie`, starting from the visitor\'s IP (`session_affinity_ttl` 1800-604800 s).',
    header: 'Request headers keep a visitor on one endpoint (`session_affinity_ttl` 30-3600 s).',
  },
  description: 'How a visitor is kept on one endpoint. Not supported with Spectrum.',
  example: 'cookie',
};

const SESSION_AFFINITY_TTL: FieldSpec = { name: 'session_affinity_ttl', type: ['integer'], description: 'Seconds a session stays on its endpoint: 1800-604800 for `cookie` and `ip_cookie` (default 23 hours), 30-3600 for `header` (default 1800).', example: 1800 };

const SESSION_AFFINITY_ATTRIBUTES: FieldSpec = { name: 'session_affinity_attributes', type: ['object'], description: 'Settings of the session affinity (cookie attributes, headers, drain duration).' };

/** A custom rule: when its condition holds, its overrides apply (or its fixed response is sent). */
const RULES: FieldSpec = {
  name: 'rules',
  type: ['array'],
  items: {
    name: 'rules[]',
    type: ['object'],
    description: 'A rule: a condition and the settings it overrides, or a fixed response.',
    fields: [
      { name: 'name', type: ['string'], description: 'A name for the rule, for people to read.', example: 'api requests' },
      { name: 'condition', type: ['string'], description: 'An expression of the request that decides whether the rule applies; an empty condition always applies.', example: 'http.request.uri.path contains "/api"' },
      { name: 'disabled', type: ['boolean'], default: false, description: 'Whether the rule is skipped.', example: false },
      { name: 'priority', type: ['integer'], description: 'The order of the rules, lowest first; without it, the order of the list.', example: 0 },
      { name: 'terminates', type: ['boolean'], description: 'Whether no later rule runs once this one applies (always true with `fixed_response`).', example: false },
      {
        name: 'fixed_response',
        type: ['object'],
        description: 'An HTTP response sent to the visitor when the rule applies, instead of steering the request.',
        fields: [
          { name: 'status_code', type: ['integer'], description: 'The HTTP status code of the response.', example: 503 },
          { name: 'content_type', type: ['string'], description: 'The `Content-Type` header of the response.', example: 'text/plain' },
          { name: 'message_body', type: ['string'], description: 'The body of the response.', example: 'Down for maintenance' },
          { name: 'location', type: ['string'], description: 'The `Location` header of the response (for a redirect).', example: 'https://www.example.com/' },
        ],
      },
      {
        name: 'overrides',
        type: ['object'],
        description: 'The load balancer settings that apply instead of its own while the rule applies.',
        fields: [DEFAULT_POOLS, FALLBACK_POOL, STEERING_POLICY, ...POOL_MAPS, RANDOM_STEERING, ADAPTIVE_ROUTING, LOCATION_STRATEGY, SESSION_AFFINITY, SESSION_AFFINITY_TTL, SESSION_AFFINITY_ATTRIBUTES, TTL],
      },
    ],
  },
  description: 'Custom rules (beta) that override settings for matching requests, or answer them with a fixed response. Not supported with Spectrum.',
};

/** A load balancer: `POST /zones/{zone_id}/load_balancers` (Terraform `cloudflare_load_balancer`). */
export const LOAD_BALANCER_SCHEMA: ObjectSchema = {
  kind: 'load-balancer',
  title: 'Load balancer',
  description: 'A DNS hostname of the zone whose traffic Cloudflare steers between pools: `default_pools` in order, `fallback_pool` when every other pool is unhealthy.',
  docs: 'https://developers.cloudflare.com/api/resources/load_balancers/',
  fields: [
    { name: 'id', type: ['string'], readOnly: true, description: 'Identifier of the load balancer, set by Cloudflare.' },
    ...timestamps('load balancer'),
    { name: 'zone_name', type: ['string'], readOnly: true, description: 'The zone the load balancer is in, set by Cloudflare.' },
    { name: 'name', type: ['string'], required: true, description: 'The DNS hostname of the load balancer: a fully qualified name in the zone. It must differ from the hostname of a Spectrum application that uses it.', example: 'www.example.com' },
    { ...DEFAULT_POOLS, required: true },
    { ...FALLBACK_POOL, required: true },
    { name: 'proxied', type: ['boolean'], default: false, description: 'Whether traffic goes through Cloudflare (orange cloud). With Spectrum, traffic is always proxied.', example: true },
    TTL,
    { name: 'enabled', type: ['boolean'], default: true, description: 'Whether the load balancer serves traffic.', example: true },
    { name: 'description', type: ['string'], description: 'Free text describing the load balancer.', example: 'Load balancer for www.example.com' },
    STEERING_POLICY,
    ...POOL_MAPS,
    RANDOM_STEERING,
    ADAPTIVE_ROUTING,
    LOCATION_STRATEGY,
    SESSION_AFFINITY,
    SESSION_AFFINITY_TTL,
    SESSION_AFFINITY_ATTRIBUTES,
    RULES,
    { name: 'networks', type: ['array'], items: { name: 'networks[]', type: ['string'], description: 'A network.' }, description: 'The networks the load balancer serves.' },
    { name: 'pool_sets', type: ['array', 'object'], description: 'Sets of pools the load balancer steers between.' },
  ],
};
