import type { TargetKind } from './kinds/types';

/**
 * Whole-object snippets (LSP snippet syntax), one per linted kind. Each is a minimal valid object: its
 * default values lint clean, so accepting the snippet and only filling the placeholders is enough.
 * The fields are written once, as data: JSON renders them here, Terraform (v4 blocks, v5 attributes)
 * in `terraform/snippets.ts`.
 */
interface KindSnippet {
  /**
   * Starts with "Add": VS Code orders items of different providers by label when one has no sortText,
   * and its JSON support offers "Empty array" and "Empty object" (no sortText) at the same spot.
   */
  label: string;
  description: string;
  body: SnippetObject;
}

/** A value: a literal in snippet syntax (written the same in JSON and HCL), an object, a list of objects, or a Terraform expression. */
export type SnippetValue = string | SnippetObject | SnippetObject[] | { terraform: string };
export type SnippetObject = { [field: string]: SnippetValue };

/** A reference or other expression only Terraform has: a snippet with one has no JSON form. */
const terraform = (expression: string) => ({ terraform: expression });

const SNIPPETS: Partial<Record<TargetKind, KindSnippet>> = {
  'spectrum-app': {
    label: 'Add a Spectrum application',
    description: 'A Spectrum application proxying one TCP/UDP port to an IP origin.',
    body: {
      protocol: '"${1|tcp,udp|}/${2:22}"',
      dns: { type: '"CNAME"', name: '"${3:ssh.example.com}"' },
      origin_direct: '["$1://${4:203.0.113.10}:${5:22}"]',
      traffic_type: '"direct"',
    },
  },
  monitor: {
    label: 'Add a Load Balancing monitor',
    description: 'An HTTPS health monitor with a Host header, so SNI and the certificate name match.',
    body: {
      type: '"${1|https,http|}"',
      description: '"${2:Origin health}"',
      method: '"GET"',
      path: '"${3:/health}"',
      header: { Host: '["${4:www.example.com}"]' },
      expected_codes: '"${5:200}"',
      follow_redirects: 'false',
      interval: '${6:60}',
      timeout: '${7:5}',
      retries: '${8:2}',
    },
  },
  pool: {
    label: 'Add a Load Balancing pool',
    description: 'A pool with one origin endpoint probed from one region.',
    body: {
      name: '"${1:primary}"',
      description: '"${2:Primary origins}"',
      enabled: 'true',
      minimum_origins: '1',
      check_regions: '["${3|WNAM,ENAM,WEU,EEU,NSAM,SSAM,OC,ME,NAF,SAF,SAS,SEAS,NEAS|}"]',
      origins: [{ name: '"${4:origin-1}"', address: '"${5:origin1.example.com}"', enabled: 'true', weight: '1' }],
    },
  },
  'load-balancer': {
    label: 'Add a load balancer',
    description: 'A proxied load balancer sending traffic to one pool.',
    body: {
      name: '"${1:www.example.com}"',
      default_pools: terraform('[cloudflare_load_balancer_pool.${2:primary}.id]'),
      fallback_pool: terraform('cloudflare_load_balancer_pool.${2:primary}.id'),
      proxied: 'true',
    },
  },
};

export function snippetKinds(): TargetKind[] {
  return Object.keys(SNIPPETS) as TargetKind[];
}

export function snippetInfo(kind: TargetKind): { label: string; description: string } | undefined {
  const s = SNIPPETS[kind];
  return s && { label: s.label, description: s.description };
}

/** The fields of a kind's snippet, for the renderers of other languages. */
export function snippetBody(kind: TargetKind): SnippetObject | undefined {
  return SNIPPETS[kind]?.body;
}

/**
 * The snippet text: `braces` wraps it in `{ }` (a value position), else it is an object's body.
 * `indent` is one indentation level of the document; `eol` its line ending. Undefined for a kind
 * without a JSON form.
 */
export function snippetText(kind: TargetKind, braces: boolean, indent = '  ', eol = '\n'): string | undefined {
  const s = SNIPPETS[kind];
  const lines = s && jsonLines(s.body, indent);
  if (!lines) return undefined;
  lines[lines.length - 1] += '$0';
  if (!braces) return lines.join(eol);
  return ['{', ...lines.map((l) => indent + l), '}'].join(eol);
}

function jsonLines(obj: SnippetObject, indent: string): string[] | undefined {
  const out: string[] = [];
  const entries = Object.entries(obj);
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    const name = JSON.stringify(key);
    if (typeof value === 'string') {
      out.push(`${name}: ${value}${comma}`);
      continue;
    }
    if ('terraform' in value && typeof value.terraform === 'string') return undefined;
    const items = Array.isArray(value) ? value : undefined;
    const inner = items ? items.map((o) => jsonLines(o, indent)) : [jsonLines(value as SnippetObject, indent)];
    if (inner.some((l) => !l)) return undefined;
    if (!items) {
      out.push(`${name}: {`, ...inner[0]!.map((l) => indent + l), `}${comma}`);
      continue;
    }
    out.push(`${name}: [`);
    inner.forEach((l, j) => out.push(indent + '{', ...l!.map((x) => indent + indent + x), indent + '}' + (j < inner.length - 1 ? ',' : '')));
    out.push(`]${comma}`);
  }
  return out;
}

/** The snippet with every placeholder replaced by its default (first choice), as JSON text: for tests and previews. */
export function snippetDefaults(kind: TargetKind): string | undefined {
  const text = snippetText(kind, true);
  return text === undefined ? undefined : fillPlaceholders(text);
}

/** A snippet's text with every placeholder at its default (the first choice), mirrors included. */
export function fillPlaceholders(snippet: string): string {
  const defaults = new Map<string, string>();
  const filled = snippet
    .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\}/g, (_, n: string, first: string) => (defaults.set(n, first), first))
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => (defaults.set(n, value), value));
  return filled.replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '');
}
