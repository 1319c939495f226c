import type { TargetKind } from './kinds/types';

/**
 * Whole-object snippets (LSP snippet syntax), one per linted kind. Each is a minimal valid object: its
 * default values lint clean, so accepting the snippet and only filling the placeholders is enough.
 * Lines are given unindented with one level as `\t`, re-indented to the document's style on use.
 */
interface KindSnippet {
  /**
   * Starts with "Add": VS Code orders items of different providers by label when one has no sortText,
   * and its JSON support offers "Empty array" and "Empty object" (no sortText) at the same spot.
   */
  label: string;
  description: string;
  body: string[];
}

const SNIPPETS: Partial<Record<TargetKind, KindSnippet>> = {
  'spectrum-app': {
    label: 'Add a Spectrum application',
    description: 'A Spectrum application proxying one TCP/UDP port to an IP origin.',
    body: [
      '"protocol": "${1|tcp,udp|}/${2:22}",',
      '"dns": {',
      '\t"type": "CNAME",',
      '\t"name": "${3:ssh.example.com}"',
      '},',
      '"origin_direct": ["$1://${4:203.0.113.10}:${5:22}"],',
      '"traffic_type": "direct"$0',
    ],
  },
  monitor: {
    label: 'Add a Load Balancing monitor',
    description: 'An HTTPS health monitor with a Host header, so SNI and the certificate name match.',
    body: [
      '"type": "${1|https,http|}",',
      '"description": "${2:Origin health}",',
      '"method": "GET",',
      '"path": "${3:/health}",',
      '"header": {',
      '\t"Host": ["${4:www.example.com}"]',
      '},',
      '"expected_codes": "${5:200}",',
      '"follow_redirects": false,',
      '"interval": ${6:60},',
      '"timeout": ${7:5},',
      '"retries": ${8:2}$0',
    ],
  },
  pool: {
    label: 'Add a Load Balancing pool',
    description: 'A pool with one origin endpoint probed from one region.',
    body: [
      '"name": "${1:primary}",',
      '"description": "${2:Primary origins}",',
      '"enabled": true,',
      '"minimum_origins": 1,',
      '"check_regions": ["${3|WNAM,ENAM,WEU,EEU,NSAM,SSAM,OC,ME,NAF,SAF,SAS,SEAS,NEAS|}"],',
      '"origins": [',
      '\t{',
      '\t\t"name": "${4:origin-1}",',
      '\t\t"address": "${5:origin1.example.com}",',
      '\t\t"enabled": true,',
      '\t\t"weight": 1',
      '\t}',
      ']$0',
    ],
  },
};

export function snippetKinds(): TargetKind[] {
  return Object.keys(SNIPPETS) as TargetKind[];
}

export function snippetInfo(kind: TargetKind): { label: string; description: string } | undefined {
  const s = SNIPPETS[kind];
  return s && { label: s.label, description: s.description };
}

/**
 * The snippet text: `braces` wraps it in `{ }` (a value position), else it is an object's body.
 * `indent` is one indentation level of the document; `eol` its line ending.
 */
export function snippetText(kind: TargetKind, braces: boolean, indent = '  ', eol = '\n'): string | undefined {
  const s = SNIPPETS[kind];
  if (!s) return undefined;
  const lines = s.body.map((l) => l.replace(/^\t+/, (tabs) => indent.repeat(tabs.length)));
  if (!braces) return lines.join(eol);
  return ['{', ...lines.map((l) => indent + l), '}'].join(eol);
}

/** The snippet with every placeholder replaced by its default (first choice), as JSON text: for tests and previews. */
export function snippetDefaults(kind: TargetKind): string | undefined {
  const text = snippetText(kind, true);
  if (text === undefined) return undefined;
  const defaults = new Map<string, string>();
  const filled = text
    .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\}/g, (_, n: string, first: string) => (defaults.set(n, first), first))
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, value: string) => (defaults.set(n, value), value));
  return filled.replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '');
}
