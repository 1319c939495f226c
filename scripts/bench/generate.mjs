// Deterministic documents for the benchmark: the same seed gives the same bytes on every run.

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One app as `GET /zones/:zone/spectrum/apps` lists it; about one in five has one mistake. */
function app(i, rnd) {
  const port = 1000 + (i % 60000);
  const udp = i % 7 === 0;
  const t = udp ? 'udp' : 'tcp';
  const a = {
    id: (i.toString(16) + 'a'.repeat(32)).slice(0, 32),
    protocol: `${t}/${port}`,
    dns: { type: 'CNAME', name: `app-${i}.example.com` },
    origin_direct: [`${t}://146.190.${i % 250}.${1 + (i % 250)}:${port}`],
    proxy_protocol: 'off',
    ip_firewall: !udp,
    tls: udp ? 'off' : 'full',
    edge_ips: { type: 'dynamic', connectivity: 'all' },
    traffic_type: 'direct',
    argo_smart_routing: rnd() < 0.3,
    created_on: '2024-01-02T02:20:00Z',
    modified_on: '2024-01-02T02:20:00Z',
  };
  const r = rnd();
  if (r < 0.06) a.origin_direct = [`${t}://2001:db8::${i.toString(16)}:${port}`];
  else if (r < 0.12) a.origin_direct.push(`${t}://origin-${i}.example.com:${port}`);
  else if (r < 0.16) a.edge_ips = { type: 'static', ips: [`198.51.100.${i % 250}`] };
  else if (r < 0.2) a.virtual_network_id = 'not-a-uuid';
  return a;
}

const envelope = (result) =>
  JSON.stringify({ success: true, errors: [], messages: [], result, result_info: { page: 1, per_page: result.length, count: result.length, total_count: result.length } }, null, 2) + '\n';

/** An API dump of `count` apps (about 615 bytes each), 20 % of them with one mistake. */
export function apiDump(count, seed = 2000) {
  const rnd = prng(seed);
  return envelope(Array.from({ length: count }, (_, i) => app(i, rnd)));
}

/** `count` single-app documents, as a folder of one file per app would hold them. */
export function* singleApps(count, seed = 5000) {
  const rnd = prng(seed);
  for (let i = 0; i < count; i++) yield JSON.stringify(app(i, rnd), null, 2) + '\n';
}

/** A dump of `count` UDP apps, each with exactly one finding that has a single safe fix (four kinds in turn). */
export function fixableDump(count) {
  const result = [];
  for (let i = 0; i < count; i++) {
    const port = 1000 + (i % 60000);
    const a = {
      id: (i.toString(16) + 'b'.repeat(32)).slice(0, 32),
      protocol: `udp/${port}`,
      dns: { type: 'CNAME', name: `game-${i}.example.com` },
      origin_direct: [`udp://146.190.${i % 250}.${1 + (i % 250)}:${port}`],
      proxy_protocol: 'off',
      ip_firewall: false,
      tls: 'off',
      edge_ips: { type: 'dynamic', connectivity: 'all' },
      traffic_type: 'direct',
      argo_smart_routing: false,
    };
    const kind = i % 4;
    if (kind === 0) a.ip_firewall = true; // tcp-only-setting: remove it
    else if (kind === 1) a.tls = 'full'; // tcp-only-setting: remove it
    else if (kind === 2) a.origin_direct = [`udp://2001:db8:0:0:0:0:${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}:${port}`]; // 11002: brackets
    else a.origin_direct = [`tcp://146.190.${i % 250}.${1 + (i % 250)}:${port}`]; // origin-transport-mismatch
    result.push(a);
  }
  return envelope(result);
}

/** A JSON Schema for the dump envelope whose `result` items are the project's app schema. */
export function envelopeSchema(appSchema) {
  const { $schema, $id, ...app } = appSchema;
  return {
    $schema,
    title: 'Spectrum apps API response',
    type: 'object',
    properties: { success: { type: 'boolean' }, errors: { type: 'array' }, messages: { type: 'array' }, result: { type: 'array', items: app }, result_info: { type: 'object' } },
  };
}

/** Lockfile-like JSON that holds no app (optionally with Spectrum field names, so it is parsed). */
export function unrelated(lines, withSpectrumWords) {
  const deps = {};
  const perEntry = 6;
  for (let i = 0; Object.keys(deps).length * perEntry < lines; i++) {
    deps[`node_modules/package-${i}`] = withSpectrumWords
      ? { version: `1.${i % 50}.${i % 7}`, protocol: `https`, resolved: `https://registry.example.com/package-${i}.tgz`, integrity: `sha512-${'x'.repeat(40)}` }
      : { version: `1.${i % 50}.${i % 7}`, resolved: `https://registry.example.com/package-${i}.tgz`, integrity: `sha512-${'x'.repeat(40)}`, dev: i % 3 === 0 };
  }
  return JSON.stringify({ name: 'big-project', lockfileVersion: 3, requires: true, packages: deps }, null, 2) + '\n';
}

/** One Spectrum application resource in provider v5 syntax; about one in five has one mistake. */
function tfApp(i, rnd) {
  const port = 1000 + (i % 60000);
  const t = i % 7 === 0 ? 'udp' : 'tcp';
  const r = rnd();
  let origin = `origin_direct = ["${t}://146.190.${i % 250}.${1 + (i % 250)}:${port}"]`;
  if (r < 0.08) origin = `origin_direct = ["${t}://2a01:4f8:c2c:${i.toString(16)}::1:${port}"]`;
  else if (r < 0.16) origin += `\n  origin_dns = {\n    name = "origin-${i}.example.com"\n  }`;
  return `resource "cloudflare_spectrum_application" "app_${i}" {
  zone_id  = var.zone_id
  protocol = "${t}/${port}"
  dns = {
    type = "CNAME"
    name = "app-${i}.example.com"
  }
  ${origin}
  traffic_type       = "direct"
  argo_smart_routing = ${rnd() < 0.3}
}
`;
}

/** A monitor and a pool that uses it (v5 syntax). */
function tfPoolPair(i) {
  return `resource "cloudflare_load_balancer_monitor" "m_${i}" {
  account_id     = var.account_id
  type           = "https"
  port           = 443
  path           = "/health"
  interval       = 60
  timeout        = 5
  retries        = 2
  expected_codes = "200"
}

resource "cloudflare_load_balancer_pool" "p_${i}" {
  account_id = var.account_id
  name       = "pool-${i}"
  monitor    = cloudflare_load_balancer_monitor.m_${i}.id
  origins = [{
    name    = "origin-${i}"
    address = "146.190.${i % 250}.${1 + (i % 250)}"
    weight  = ${i % 9 === 0 ? 2 : 1}
  }]
}
`;
}

/** A Terraform module of `count` resources (v5): 80 % Spectrum applications, the rest monitors with their pools. */
export function terraformModule(count, seed = 3000) {
  const rnd = prng(seed);
  const pairs = Math.floor((count * 0.2) / 2);
  const parts = ['terraform {\n  required_providers {\n    cloudflare = {\n      source  = "cloudflare/cloudflare"\n      version = "~> 5.0"\n    }\n  }\n}\n'];
  for (let i = 0; i < count - 2 * pairs; i++) parts.push(tfApp(i, rnd));
  for (let i = 0; i < pairs; i++) parts.push(tfPoolPair(i));
  return parts.join('\n');
}
