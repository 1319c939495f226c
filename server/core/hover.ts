import { findNodeAtOffset, parseTree, type Node } from 'jsonc-parser';
import { entry, findApiCode, findEntry, findFailureReason, type CatalogEntry } from './catalog';
import { codeOf, entryForMessage, isEnvelopeList } from './envelope/codes';
import { entryHeading, entryMarkdown, type MarkdownOptions } from './explain';
import { enumValueMarkdown, fieldMarkdown } from './field-docs';
import { JsonDocument } from './document';
import type { Finding } from './findings';
import { pathOf, propertyName, stringValue, valueNode } from './json';
import type { Target } from './kinds/types';
import type { LintResult } from './lint';
import { dottedName, fieldAt, schemaFor } from './schema/by-kind';
import type { ModelNode } from './terraform/hcl-tree';
import { parseDirectives } from './suppress';

export interface HoverResult {
  markdown: string;
  offset: number;
  length: number;
}

const SEPARATOR = '\n\n---\n\n';
/** Above this, an unparsed document is not parsed again just for event-log hovers. */
const MAX_LINE = 64 * 1024;

/**
 * Markdown for what is under `offset`: the findings there (explained from the catalog), then the
 * code, failure reason, field name or enum value at that spot.
 */
export function hover(result: LintResult, offset: number): HoverResult | undefined {
  const parts: string[] = [];
  const shown = new Set<string>();
  let range: { offset: number; length: number } | undefined;

  const here = result.findings.filter((f) => f.offset <= offset && offset < f.offset + Math.max(f.length, 1));
  for (const f of here) {
    const md = findingMarkdown(f, shown);
    if (md) parts.push(md);
    range ??= { offset: f.offset, length: f.length };
  }

  const at = directiveHover(result, offset) ?? nodeHover(result, offset);
  if (at && !(at.entryId && shown.has(at.entryId))) {
    parts.push(at.markdown);
    range ??= { offset: at.offset, length: at.length };
  }
  if (!parts.length || !range) return undefined;
  return { markdown: parts.join(SEPARATOR), ...range };
}

/**
 * The editor already shows a diagnostic's message above the hover: add only what it lacks, in three
 * short lines (the code's title, the cause in one sentence, the docs link). The whole entry is one
 * click away, on the code link or with Explain.
 */
function findingMarkdown(f: Finding, shown: Set<string>): string | undefined {
  if (shown.has(f.id)) return undefined;
  shown.add(f.id);
  const e = entry(f.id);
  const docs = e.group === 'tool' ? 'spectrum-lint documentation' : 'Cloudflare documentation';
  return [`**${entryHeading(e).replace(/[*_[\]<>]/g, (c) => '\\' + c)}**`, firstSentence(e.cause), `[${docs}](${e.docs})`].join('\n\n');
}

/** The first sentence of a catalog text (its cause); a catalog sentence never ends inside a code span. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z(`"]|$)/s.exec(text.trim());
  return m ? m[0] : text.trim();
}

interface NodeHover extends HoverResult {
  /** The catalog entry explained, so a finding already explaining it is not repeated. */
  entryId?: string;
}

function nodeHover(result: LintResult, offset: number): NodeHover | undefined {
  // Event logs match no detector hint, so the lint pass may not have parsed them.
  const doc = result.doc ?? (/"status"/i.test(result.text) ? new JsonDocument(result.text) : undefined);
  if (doc && !doc.skipped && doc.root) {
    const node = orUnsetAttribute(findNodeAtOffset(doc.root, offset, false), offset);
    if (node) {
      const h = codeHover(node) ?? failureReasonHover(node) ?? eventHover(node) ?? fieldHover(node, result.targets);
      if (h) return h;
    }
    if (doc.errors.length === 0) return undefined;
  }
  if (doc?.skipped) return undefined;
  return lineEventHover(result.text, offset);
}

/** A code or rule id named in a suppression comment (`# spectrum-lint-disable-next-line 11002 -- ...`): its catalog entry. */
function directiveHover(result: LintResult, offset: number): NodeHover | undefined {
  const doc = result.doc;
  if (!doc || doc.skipped) return undefined;
  for (const d of parseDirectives(doc)) {
    if (offset < d.offset || offset >= d.offset + d.length) continue;
    // A text that names no code is reported by the directive's own finding, which the hover already shows.
    const code = d.codes.find((c) => c.offset <= offset && offset < c.offset + c.length);
    return code?.id ? explained(entry(code.id), code) : undefined;
  }
  return undefined;
}

/** The property name a value node is held by, and the object holding it. */
function holder(node: Node): { key: string; object: Node } | undefined {
  const prop = node.parent;
  if (prop?.type !== 'property' || prop.children?.[1] !== node || !prop.parent) return undefined;
  const key = propertyName(prop);
  return key === undefined ? undefined : { key, object: prop.parent };
}

function notInCatalog(what: string, node: Node, extra = ''): NodeHover {
  return { markdown: `${what} is not in the spectrum-lint catalog.${extra}`, offset: node.offset, length: node.length };
}

/** A value explained from the catalog: what it means and what to change, without the catalog's detection note. */
function explained(e: CatalogEntry, node: { offset: number; length: number }, preface?: string, options: MarkdownOptions = {}): NodeHover {
  const md = entryMarkdown(e, { headingLevel: 4, detection: false, ...options });
  return { markdown: preface ? preface + '\n\n' + md : md, offset: node.offset, length: node.length, entryId: e.id };
}

/** `errors[].code` / `messages[].code` of an API envelope (an object with `success`), or that item's `message`. */
function codeHover(node: Node): NodeHover | undefined {
  const h = holder(node);
  if (!h || (h.key !== 'code' && h.key !== 'message')) return undefined;
  if (!isEnvelopeList(h.object.parent)) return undefined;
  const codeNode = h.key === 'code' ? node : valueNode(h.object, 'code');
  const code = codeOf(codeNode);
  if (code === undefined) return undefined;
  const e = findApiCode(code);
  const message = stringValue(valueNode(h.object, 'message'));
  if (!e) {
    if (h.key !== 'code') return undefined;
    return notInCatalog(`API code \`${code}\``, node, ' The `message` next to it is the only explanation the API gives; see https://developers.cloudflare.com/api/ for the endpoint.');
  }
  const lines: string[] = [];
  if (message !== undefined && h.key === 'code') lines.push(`**Returned message:** ${message.replace(/[`*_[\]<>]/g, (c) => '\\' + c)}`);
  const specific = entryForMessage(code, message);
  if (specific) lines.push(`This message is the documented error **${specific.title}**: ${specific.cause} ${specific.resolution} ([documentation](${specific.docs}))`);
  return explained(e, node, lines.join('\n\n') || undefined);
}

/** A `failure_reason` (pool health, health-check events) or GraphQL `failureReason` string. */
function failureReasonHover(node: Node): NodeHover | undefined {
  const h = holder(node);
  if (!h || (h.key !== 'failure_reason' && h.key !== 'failureReason')) return undefined;
  const text = stringValue(node);
  if (text === undefined) return undefined;
  const e = findFailureReason(text);
  if (!e) return notInCatalog(`The failure reason \`${text}\``, node, ' Compare it with the reasons listed at https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/.');
  return explained(e, node, undefined, { resolutionLabel: 'What to change' });
}

/** Logpush `spectrum_events` field names; a record has several of them next to its status. */
const EVENT_FIELDS = new Set([
  'Event',
  'ClientIP',
  'ClientPort',
  'ClientProto',
  'OriginIP',
  'OriginPort',
  'OriginProto',
  'Timestamp',
  'ConnectTimestamp',
  'DisconnectTimestamp',
  'ColoCode',
  'Application',
  'ClientBytes',
  'OriginBytes',
]);

/** The `Status` of a Spectrum event-log record: only in objects with at least two other event-log fields. */
function eventHover(node: Node): NodeHover | undefined {
  const h = holder(node);
  if (!h || h.key.toLowerCase() !== 'status') return undefined;
  const status = codeOf(node);
  if (status === undefined) return undefined;
  const names = (h.object.children ?? []).map(propertyName);
  if (names.filter((n) => n !== undefined && EVENT_FIELDS.has(n)).length < 2) return undefined;
  const e = findEntry('event-' + status);
  if (!e) return notInCatalog(`Spectrum event status \`${status}\``, node, ' It is not one of the documented statuses of the `spectrum_events` log.');
  return explained(e, node);
}

/** Event logs are usually NDJSON, one record per line, which does not parse as one document. */
function lineEventHover(text: string, offset: number): NodeHover | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end - start > MAX_LINE) return undefined;
  const line = text.slice(start, end);
  if (!/^\s*\{/.test(line) || !/"status"/i.test(line)) return undefined;
  const root = parseTree(line, [], { allowTrailingComma: true });
  const node = root && findNodeAtOffset(root, offset - start, false);
  const h = node && eventHover(node);
  return h ? { ...h, offset: h.offset + start } : undefined;
}

/** A Terraform attribute set to `null` is no child of its object (it counts as omitted), but its name still has a hover. */
function orUnsetAttribute(node: Node | undefined, offset: number): Node | undefined {
  const unset = (node as ModelNode | undefined)?.nulls?.find((p) => p.offset <= offset && offset <= p.offset + p.length);
  return unset ? (findNodeAtOffset(unset as Node, offset, false) ?? node) : node;
}

/** The innermost target whose object contains the node. */
function targetOf(node: Node, targets: Target[]): Target | undefined {
  let best: Target | undefined;
  for (const t of targets) {
    if (t.node.offset <= node.offset && node.offset + node.length <= t.node.offset + t.node.length) {
      if (!best || t.node.length < best.node.length) best = t;
    }
  }
  return best;
}

/** A field name, or an enum value, of an app, monitor or pool. */
function fieldHover(node: Node, targets: Target[]): NodeHover | undefined {
  const target = targetOf(node, targets);
  const schema = schemaFor(target?.kind);
  if (!target || !schema) return undefined;
  const base = pathOf(target.node).length;
  const prop = node.parent;
  if (prop?.type === 'property' && prop.children?.[0] === node) {
    // The path of a key node already ends with its own name, whether or not a value follows.
    const path = pathOf(node).slice(base);
    const spec = fieldAt(schema, path);
    return spec ? { markdown: fieldMarkdown(spec, dottedName(path), schema), offset: node.offset, length: node.length } : undefined;
  }
  if (node.type !== 'string' && node.type !== 'number' && node.type !== 'boolean') return undefined;
  const path = pathOf(node).slice(base);
  const spec = fieldAt(schema, path);
  const value = String(node.value);
  if (!spec?.enum && !spec?.enumDocs?.[value]) return undefined;
  const md = (spec.enum ?? Object.keys(spec.enumDocs ?? {})).includes(value) ? enumValueMarkdown(spec, dottedName(path), value, schema) : fieldMarkdown(spec, dottedName(path), schema);
  return { markdown: md, offset: node.offset, length: node.length };
}
