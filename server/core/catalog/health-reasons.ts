import type { CatalogEntry } from './types';

const PAGE = 'https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/';

/** A health-check failure reason: its id is the docs anchor slug, its title the literal `failure_reason` string. */
function reason(
  id: string,
  title: string,
  e: Pick<CatalogEntry, 'cause' | 'resolution'> & Partial<Pick<CatalogEntry, 'fields' | 'aliases' | 'detection' | 'severity' | 'appliesTo' | 'docs'>>,
): CatalogEntry {
  return {
    id,
    code: id,
    group: 'health-check',
    title,
    docs: PAGE + '#' + id,
    severity: 'warning',
    detection: 'explain',
    appliesTo: 'both',
    ...e,
  };
}

/** Health-check failure reasons as they appear in `failure_reason` of pool health and health-check events. */
export const HEALTH_REASONS: CatalogEntry[] = [
  reason('tcp-connection-failed', 'TCP connection failed', {
    cause: 'The health check could not open a TCP connection to the endpoint: a network failure between Cloudflare and the origin, or a firewall refusing the connection.',
    resolution: 'Check the monitor `port` and the origin `address`, and let Cloudflare\'s IP ranges through the origin\'s firewall.',
    fields: ['port', 'address'],
  }),
  reason('http-timeout-occurred', 'HTTP timeout occurred', {
    cause: 'The origin did not return an HTTP response within the monitor\'s `timeout`; typical when the timeout is 1 or 2 seconds.',
    resolution: 'Raise the monitor `timeout` so the origin has time to answer.',
    fields: ['timeout'],
    detection: 'static',
  }),
  reason('response-code-mismatch-error', 'Response code mismatch error', {
    cause: 'The origin answered with a status code outside the monitor\'s `expected_codes`. Often a 301, 302 or 303 when an HTTP monitor reaches an origin that redirects to HTTPS.',
    resolution: 'Make `expected_codes` match what the origin returns, or use an `https` monitor, or set `follow_redirects` to `true`.',
    fields: ['expected_codes', 'follow_redirects', 'type'],
    detection: 'static',
  }),
  reason('response-body-mismatch-error', 'Response body mismatch error', {
    cause: 'The response body does not contain the monitor\'s `expected_body` (compared case-insensitively). Only the first 10 KB of the body are read.',
    resolution: 'Use an `expected_body` that appears in the first 10 KB of the response.',
    fields: ['expected_body'],
    detection: 'static',
  }),
  reason('tls-untrusted-certificate-error', 'TLS untrusted certificate error', {
    cause: 'The origin\'s certificate is not trusted by a public certificate authority (for example a self-signed certificate).',
    resolution: 'Use a publicly trusted certificate, or set `allow_insecure` to `true` on the monitor.',
    fields: ['allow_insecure'],
    detection: 'static',
  }),
  reason('tls-name-mismatch-error', 'TLS name mismatch error', {
    cause: 'No name on the origin\'s certificate matches the hostname of the health-check request.',
    resolution: 'Set the monitor\'s `header` `Host` to a name the certificate covers.',
    fields: ['header.Host'],
    detection: 'static',
  }),
  reason('tls-protocol-error', 'TLS protocol error', {
    cause: 'The origin uses an old TLS version or does not serve HTTPS on the monitored port.',
    resolution: 'Make sure the origin serves HTTPS with TLS 1.2 or later on the monitor\'s `port`, or use an `http` monitor.',
    fields: ['type', 'port'],
  }),
  reason('tls-unrecognized-name-error', 'TLS unrecognized name error', {
    cause: 'The origin did not recognise the server name in the TLS handshake. The health check sends the `Host` header as SNI, and no SNI at all when no `Host` is set.',
    resolution: 'Set a `Host` header with the origin\'s hostname on the monitor (`header`), so the check sends it as SNI.',
    fields: ['header.Host'],
    detection: 'static',
  }),
  reason('no-route-to-host-error', 'No route to host error', {
    cause: 'The origin IP cannot be reached from Cloudflare\'s network: an ISP or hosting network problem (for example at the BGP level), or the IP does not exist.',
    resolution: 'Check the origin `address`; if it is right, ask the ISP or hosting provider about the network.',
    fields: ['address'],
  }),
  reason('tcp-timeout', 'TCP Timeout', {
    cause: 'Data sent to the origin was not acknowledged and retransmission failed.',
    resolution: 'Check that the origin completes the TCP handshake (SYN-ACK); if it does, contact Cloudflare support.',
    fields: ['timeout', 'port'],
  }),
  reason('tls-handshake-failure', 'TLS Handshake Failure', {
    cause: 'The TLS handshake with the origin failed.',
    resolution: 'Check the origin\'s TLS configuration and certificate, and that the network path to it is stable.',
    fields: ['type', 'allow_insecure'],
  }),
  reason('network-unreachable', 'Network Unreachable', {
    cause: 'Cloudflare cannot reach the origin\'s network, usually because of a network problem or a wrong origin IP.',
    resolution: 'Check the origin `address` in the pool, or the IP its hostname resolves to.',
    fields: ['address'],
  }),
  reason('http-invalid-response', 'HTTP Invalid Response', {
    cause: 'The origin returned an invalid HTTP response, usually a 502 (bad gateway).',
    resolution: 'Make sure the origin web server answers requests and its applications are not crashed or overloaded.',
    fields: ['path'],
  }),
  reason('dns-unknown-host', 'DNS Unknown Host', {
    cause: 'The origin hostname does not exist.',
    resolution: 'Make sure the origin `address` resolves to an IP address.',
    fields: ['address'],
  }),
  reason('connection-reset-by-peer', 'Connection Reset by Peer', {
    cause: 'A network error occurred while receiving data from the origin.',
    resolution: 'Check whether the origin is under heavy load or returning errors.',
    fields: ['address'],
  }),
  reason('monitor-config-error', 'Monitor Config Error', {
    cause: 'The monitor is misconfigured, so no checks run against the pool\'s origins.',
    resolution: 'Review the monitor so it matches a request the origin expects; if it looks right, contact Cloudflare support.',
    aliases: ['Monitor Configuration Error'],
    fields: ['type', 'port', 'path', 'header'],
  }),
  reason('dns-internal', 'DNS Internal', {
    cause: 'The origin hostname resolves to an internal address or to a Cloudflare-proxied (orange-clouded) IP, so no checks run.',
    resolution: 'Use an origin address that reaches the origin directly, not a hostname proxied by Cloudflare.',
    fields: ['address'],
    detection: 'static',
  }),
  reason('other-failure', 'Other Failure', {
    cause: 'The failure fits none of the other reasons.',
    resolution: 'Contact Cloudflare support.',
  }),
  reason('no-failures', 'No failures', {
    cause: 'The health check passed.',
    resolution: 'Nothing to do.',
    aliases: ['No failure'],
    severity: 'information',
    // The page has no heading for the healthy value: link the page itself.
    docs: PAGE,
  }),
];
