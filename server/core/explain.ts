import { plainText } from './plain-text';
import { CATALOG, findEntry, lookup, type CatalogEntry, type CatalogGroup } from './catalog';

/** How each group names its entries, so a reader knows what kind of code they are looking at. */
const GROUP_LABEL: Record<CatalogGroup, string> = {
  'spectrum-api': 'Spectrum API error',
  'spectrum-check': 'Spectrum application check',
  'lb-api': 'Load Balancing API error',
  'lb-check': 'Load Balancing check',
  'terraform-check': 'Terraform provider check',
  'health-check': 'Health-check failure reason',
  'spectrum-event': 'Spectrum event-log status (a layer-4 connection outcome, not an HTTP status)',
  tool: 'spectrum-lint check',
};

const DETECTION_LABEL: Record<CatalogEntry['detection'], string> = {
  static: 'spectrum-lint predicts it from the document alone.',
  context: 'spectrum-lint predicts it when the account context is configured.',
  explain: 'spectrum-lint cannot predict it from a document; it explains it where it appears.',
};

export function groupLabel(group: CatalogGroup): string {
  return GROUP_LABEL[group];
}

/** The entry a person or a finding names: an id first, then the forms `lookup` accepts ("11044", a failure reason). */
export function resolveEntry(idOrQuery: string): CatalogEntry | undefined {
  return findEntry(idOrQuery) ?? lookup(idOrQuery);
}

/** The heading of an entry: its code (when it differs from the title) and title. */
export function entryHeading(e: CatalogEntry): string {
  if (e.group === 'health-check') return e.title;
  if (e.group === 'spectrum-event') return `Status ${e.code}: ${e.title}`;
  return `${e.code}: ${e.title}`;
}

export interface MarkdownOptions {
  /** Heading level of the title line; hovers use a smaller one than the explain view. */
  headingLevel?: number;
  /** Leave out the detection line (hovers on a finding already show what was detected). */
  detection?: boolean;
  /** How the resolution is introduced (default "Resolution"). */
  resolutionLabel?: string;
}

/** Markdown for one catalog entry: title, code, HTTP status, cause, resolution, fields, messages, docs link. */
export function entryMarkdown(e: CatalogEntry, options: MarkdownOptions = {}): string {
  const level = options.headingLevel ?? 3;
  const lines: string[] = [`${'#'.repeat(level)} ${escapeHeading(entryHeading(e))}`, '', `*${GROUP_LABEL[e.group]}*`, ''];
  const facts: string[] = [];
  if (e.group === 'health-check') facts.push(`**\`failure_reason\`:** \`${e.title}\``);
  else if (typeof e.code === 'number') facts.push(`**Code:** \`${e.code}\``);
  else facts.push(`**Id:** \`${e.id}\``);
  if (e.http) facts.push(`**HTTP status:** ${e.http}`);
  lines.push(facts.join(' · '), '');
  lines.push(`**Cause:** ${e.cause}`, '');
  lines.push(`**${options.resolutionLabel ?? 'Resolution'}:** ${e.resolution}`, '');
  if (e.fields?.length) {
    const label = e.group === 'health-check' ? 'Monitor and pool fields to look at' : 'Fields to look at';
    lines.push(`**${label}:** ${e.fields.map((f) => '`' + f + '`').join(', ')}`, '');
  }
  if (e.messages?.length) {
    lines.push('**Messages the API returns:**', '');
    for (const m of e.messages) lines.push(`- \`${m.replace(/`/g, "'")}\``);
    lines.push('');
  }
  if (options.detection !== false) lines.push(`*${DETECTION_LABEL[e.detection]}*`, '');
  lines.push(`[Cloudflare documentation](${e.docs})`);
  if (e.group === 'tool') lines[lines.length - 1] = `[spectrum-lint documentation](${e.docs})`;
  return lines.join('\n');
}

/** Markdown explaining one catalog entry, looked up by id or the way a person types it; undefined when unknown. */
export function explainMarkdown(id: string): string | undefined {
  const e = resolveEntry(id);
  return e ? entryMarkdown(e) : undefined;
}

/** Plain text for terminals: the same facts as the Markdown, without markup. */
export function entryText(e: CatalogEntry): string {
  const lines = [entryHeading(e), GROUP_LABEL[e.group], ''];
  if (e.group === 'health-check') lines.push(`failure_reason: ${e.title}`);
  else if (typeof e.code === 'number') lines.push(`Code:        ${e.code}`);
  else lines.push(`Id:          ${e.id}`);
  if (e.http) lines.push(`HTTP status: ${e.http}`);
  lines.push('', 'Cause:', indent(plainText(e.cause)), '', 'Resolution:', indent(plainText(e.resolution)));
  if (e.fields?.length) lines.push('', `${e.group === 'health-check' ? 'Monitor and pool fields' : 'Fields'} to look at: ${e.fields.join(', ')}`);
  if (e.messages?.length) lines.push('', 'Messages the API returns:', ...e.messages.map((m) => `  - ${m}`));
  lines.push('', DETECTION_LABEL[e.detection], '', `Documentation: ${e.docs}`);
  return lines.join('\n');
}

export function explainText(id: string): string | undefined {
  const e = resolveEntry(id);
  return e ? entryText(e) : undefined;
}

/** Entries whose id, code or title contains the query (case-insensitive), for pickers and "did you mean". */
export function searchCatalog(query: string): CatalogEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...CATALOG];
  return CATALOG.filter((e) => e.id.toLowerCase().includes(q) || String(e.code).toLowerCase().includes(q) || e.title.toLowerCase().includes(q));
}

function indent(text: string): string {
  return wrap(text, 76).map((l) => '  ' + l).join('\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) out.push(line);
  return out;
}

function escapeHeading(s: string): string {
  return s.replace(/^#+/, '');
}
