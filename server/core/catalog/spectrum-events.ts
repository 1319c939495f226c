import type { CatalogEntry } from './types';

const PAGE = 'https://developers.cloudflare.com/spectrum/reference/logs/';

/** [status, title, meaning]: layer-4 connection outcomes of the `spectrum_events` log, not HTTP statuses. */
const EVENTS: Array<[number, string, string]> = [
  [0, 'Connection opened', 'The connection was opened.'],
  [200, 'Normal close', 'The connection closed normally.'],
  [400, 'Invalid SNI', 'The client sent an invalid SNI in its TLS client hello.'],
  [403, 'Blocked by firewall', 'The client IP matched a firewall rule with a deny action.'],
  [443, 'Client TLS handshake failed', 'The TLS handshake between the client and the edge failed.'],
  [444, 'Origin reset', 'The origin reset (RST) the connection.'],
  [445, 'Origin timed out', 'ETIMEDOUT on an established origin connection.'],
  [446, 'Origin keepalive expired', 'The origin connection\'s keepalive expired (EHOSTUNREACH).'],
  [447, 'Origin read/write error', 'Read or write error on an established origin connection (ECONNREFUSED).'],
  [448, 'Origin broken pipe', 'The origin connection broke (EPIPE).'],
  [490, 'Client TLS error', 'TLS error on an established client connection.'],
  [495, 'Client connection error', 'Client connection error (ECONNREFUSED).'],
  [496, 'Client host unreachable', 'The client host is unreachable (EHOSTUNREACH).'],
  [497, 'Client timed out', 'ETIMEDOUT on an established client connection.'],
  [498, 'Client broken pipe', 'The client connection broke (EPIPE).'],
  [499, 'Client reset', 'The client reset (RST) the connection.'],
  [500, 'Internal error', 'Internal Cloudflare error.'],
  [503, 'Keyless SSL handshake error', 'TLS handshake error involving Keyless SSL.'],
  [520, 'Unknown origin error', 'Unknown error connecting to the origin.'],
  [521, 'Origin refused connection', 'The origin refused the connection (ECONNREFUSED).'],
  [522, 'Origin connect timed out', 'Connecting to the origin timed out (ETIMEDOUT).'],
  [523, 'Origin network unreachable', 'The origin network is unreachable (ENETUNREACH).'],
  [524, 'Origin connect failed', 'Connecting to the origin failed because of an internal system error.'],
  [530, 'Origin resolution error', 'Internal error while resolving the origin to an IP.'],
  [531, 'Origin not resolvable', 'The origin could not be resolved to an IP.'],
  [532, 'Origin IP blocked', 'The origin IP is blocked; no connection was opened.'],
  [533, 'Origin resolution error', 'Internal error while resolving the origin to an IP.'],
  [540, 'Edge TLS configuration error', 'The client/edge TLS handshake failed because of an invalid configuration.'],
  [999, 'Unknown connection error', 'Unknown connection error.'],
];

function resolutionFor(status: number): string {
  if (status === 0 || status === 200) return 'Nothing to do: this is a normal connection event.';
  if (status >= 520 && status < 540) return 'Check that the origin in `origin_direct` / `origin_dns` is up, reachable from Cloudflare and resolvable, and that its firewall allows Cloudflare\'s IP ranges.';
  if (status >= 440 && status < 450) return 'Look at the origin: its logs, keepalive and firewall settings, and its load.';
  if (status >= 490 && status < 500) return 'The client side closed or failed; nothing in the application configuration is implicated unless it happens for every client.';
  if (status === 403) return 'Review the IP Access Rules that apply to the application (`ip_firewall`).';
  if (status === 400 || status === 443 || status === 540 || status === 503) return 'Check the application\'s `tls` mode and its edge certificate (Universal SSL certificates do not work with Spectrum).';
  return 'If it persists, contact Cloudflare support with the connection details.';
}

/** Spectrum event-log status codes, explained on hover and by `explain`; never reported as diagnostics. */
export const SPECTRUM_EVENTS: CatalogEntry[] = EVENTS.map(([status, title, cause]) => ({
  id: 'event-' + status,
  code: status,
  group: 'spectrum-event',
  title,
  cause,
  resolution: resolutionFor(status),
  docs: PAGE,
  severity: 'information',
  detection: 'explain',
  appliesTo: 'both',
}));
