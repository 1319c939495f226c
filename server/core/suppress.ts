import { relative, isAbsolute } from 'node:path';
import { createScanner, SyntaxKind } from 'jsonc-parser';
import picomatch from 'picomatch';
import { entry } from './catalog';
import { normaliseCode } from './config/parse';
import type { IgnoreEntry } from './config/types';
import type { JsonDocument } from './document';
import type { Finding, Fix } from './findings';
import type { RuleSetting } from './settings';
import { toolFinding } from './tool-finding';

/** The word every directive starts with; documents without it are not scanned for directives. */
export const DIRECTIVE = 'spectrum-lint-disable';
/** What a new directive says until the user writes the real reason; it counts as no reason. */
export const REASON_PLACEHOLDER = '<reason>';

export interface DirectiveCode {
  text: string;
  /** Catalog id, or undefined when the text names no code. */
  id?: string;
  offset: number;
  length: number;
}

/** A `spectrum-lint-disable[-next-line] <codes> -- <reason>` comment. */
export interface Directive {
  scope: 'next-line' | 'file';
  /** The whole comment. */
  offset: number;
  length: number;
  codes: DirectiveCode[];
  reason?: string;
  /** Next-line directives: the line they apply to (the next line holding JSON, so directives can stack). */
  targetLine?: number;
  /** Where the codes text ends and, when present, where ` -- ` starts: for inserting a reason. */
  codesEnd: number;
  separator?: number;
}

export interface Suppressed {
  finding: Finding;
  by: 'comment' | 'config';
  reason?: string;
}

export interface SuppressionResult {
  findings: Finding[];
  suppressed: Suppressed[];
  /** `ignore` entries that matched at least one finding here (the caller reports the others as unused). */
  usedIgnores: IgnoreEntry[];
}

export interface SuppressionOptions {
  path?: string;
  ignore?: IgnoreEntry[];
  rules?: Record<string, RuleSetting>;
}

const KEYWORD = /^(\s*\*?\s*)spectrum-lint-disable(-next-line)?(?=\s|$)/;

/** The directives in a document's comments (only comments: a directive inside a string is text). */
export function parseDirectives(doc: JsonDocument): Directive[] {
  const text = doc.text;
  if (!namesDirective(doc)) return [];
  const out: Directive[] = [];
  const pending: Array<{ d: Directive; endLine: number }> = [];
  for (const t of tokens(doc)) {
    const { offset, length } = t;
    if (t.comment) {
      const d = readDirective(text, offset, length, t.block);
      if (d) {
        out.push(d);
        if (d.scope === 'next-line') pending.push({ d, endLine: doc.positionAt(offset + length).line });
      }
    } else if (pending.length) {
      const line = doc.positionAt(offset).line;
      for (let i = pending.length - 1; i >= 0; i--) {
        if (pending[i].endLine < line) {
          pending[i].d.targetLine = line;
          pending.splice(i, 1);
        }
      }
    }
  }
  return out;
}

/** Whether the last few documents name a directive anywhere, by serial. */
const named = new Map<number, boolean>();

/**
 * Whether the text names a directive. A version re-parsed from one that names none can only name
 * one in the element the edit stayed inside: only that element is searched.
 */
function namesDirective(doc: JsonDocument): boolean {
  const r = doc.reparsed;
  // JSON only: a JSON edit stays inside the element, comments included; a .tf block's comments may lie outside its body.
  const yes = r && doc.language === 'json' && named.get(r.from) === false ? doc.text.slice(r.node.offset, r.node.offset + r.node.length).includes(DIRECTIVE) : doc.text.includes(DIRECTIVE);
  named.set(doc.serial, yes);
  if (named.size > 16) named.delete(named.keys().next().value!);
  return yes;
}

interface Token {
  comment: boolean;
  block: boolean;
  offset: number;
  length: number;
}

/**
 * The comments and the other tokens of a document, in order: from the JSON scanner, or from the HCL
 * front end for Terraform (`#` and `//` line comments, block comments), so both share the directives.
 */
function* tokens(doc: JsonDocument): Generator<Token> {
  const tf = doc.language === 'terraform' ? doc.terraform : undefined;
  if (tf) {
    const { comments, tokenStarts } = tf;
    let c = 0;
    for (const start of tokenStarts) {
      for (; c < comments.length && comments[c].offset < start; c++) yield { comment: true, block: doc.text.startsWith('/*', comments[c].offset), ...comments[c] };
      yield { comment: false, block: false, offset: start, length: 0 };
    }
    for (; c < comments.length; c++) yield { comment: true, block: doc.text.startsWith('/*', comments[c].offset), ...comments[c] };
    return;
  }
  const scanner = createScanner(doc.text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineBreakTrivia || kind === SyntaxKind.Trivia) continue;
    const comment = kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia;
    yield { comment, block: kind === SyntaxKind.BlockCommentTrivia, offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
  }
}

function readDirective(text: string, offset: number, length: number, block: boolean): Directive | undefined {
  // `#` opens an HCL line comment; `//` and `/*` open the others.
  const bodyStart = offset + (text[offset] === '#' ? 1 : 2);
  const bodyEnd = block && text.startsWith('*/', offset + length - 2) && length >= 4 ? offset + length - 2 : offset + length;
  const body = text.slice(bodyStart, bodyEnd);
  const m = KEYWORD.exec(body);
  if (!m) return undefined;
  const restStart = m[0].length;
  const sep = /(^|\s)--(?=\s|$)/.exec(body.slice(restStart));
  const codesText = sep ? body.slice(restStart, restStart + sep.index) : body.slice(restStart);
  const codes: DirectiveCode[] = [];
  for (const c of codesText.matchAll(/[^\s,]+/g)) {
    const id = normaliseCode(c[0]);
    codes.push({ text: c[0], ...(id ? { id } : {}), offset: bodyStart + restStart + c.index!, length: c[0].length });
  }
  const reasonText = sep ? body.slice(restStart + sep.index + sep[0].length).trim() : '';
  const reason = reasonText && reasonText !== REASON_PLACEHOLDER ? reasonText : undefined;
  const trimmedCodes = codesText.replace(/\s+$/, '');
  return {
    scope: m[2] ? 'next-line' : 'file',
    offset,
    length,
    codes,
    ...(reason ? { reason } : {}),
    codesEnd: bodyStart + restStart + trimmedCodes.length,
    ...(sep ? { separator: bodyStart + restStart + sep.index + sep[1].length } : {}),
  };
}

/** Whether an `ignore` entry covers a finding in the file at `path`. */
export function ignoreMatches(e: IgnoreEntry, f: Finding, path: string | undefined): boolean {
  if (e.code !== f.id) return false;
  if (e.pointer !== undefined && e.pointer !== '' && f.pointer !== e.pointer && !f.pointer.startsWith(e.pointer.replace(/\/$/, '') + '/')) return false;
  return ignoreCoversFile(e, path);
}

/** Whether an `ignore` entry's `files` (relative to its configuration's folder) covers the file at `path`. */
export function ignoreCoversFile(e: IgnoreEntry, path: string | undefined): boolean {
  if (e.base === undefined) return e.files === undefined || (path !== undefined && globMatcher(e.files)(path.replace(/\\/g, '/')));
  if (path === undefined) return false;
  const rel = relative(e.base, path).replace(/\\/g, '/');
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  return e.files === undefined || globMatcher(e.files)(rel);
}

const matchers = new Map<string, (p: string) => boolean>();
function globMatcher(glob: string): (p: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true });
    if (matchers.size > 500) matchers.clear();
    matchers.set(glob, m);
  }
  return m;
}

/**
 * Removes the findings that directives and `ignore` entries suppress, and reports directives that
 * give no reason or suppress nothing. Unused `ignore` entries are reported by the caller, which
 * sees every file (see `unusedIgnoreFindings`).
 */
export function applySuppressions(doc: JsonDocument, findings: Finding[], options: SuppressionOptions): SuppressionResult {
  // A skipped document (too large, binary) is not scanned for directives either.
  const directives = doc.skipped ? [] : parseDirectives(doc);
  const ignore = options.ignore ?? [];
  if (directives.length === 0 && ignore.length === 0) return { findings, suppressed: [], usedIgnores: [] };

  const used = new Set<DirectiveCode>();
  const usedIgnores = new Set<IgnoreEntry>();
  const kept: Finding[] = [];
  const suppressed: Suppressed[] = [];
  for (const f of findings) {
    let by: Suppressed | undefined;
    for (const d of directives) {
      if (d.scope === 'next-line' && d.targetLine !== f.range.start.line) continue;
      const c = d.codes.find((x) => x.id === f.id);
      if (!c) continue;
      used.add(c);
      by ??= { finding: f, by: 'comment', ...(d.reason ? { reason: d.reason } : {}) };
    }
    for (const e of ignore) {
      if (!ignoreMatches(e, f, options.path)) continue;
      usedIgnores.add(e);
      by ??= { finding: f, by: 'config', ...(e.reason ? { reason: e.reason } : {}) };
    }
    if (by) suppressed.push(by);
    else kept.push(f);
  }

  for (const d of directives) {
    const where = d.scope === 'next-line' ? 'the next line' : 'this file';
    if (d.codes.length === 0) {
      add(kept, toolFinding(doc, 'unused-suppression', d.offset, d.length, `This directive names no code, so it suppresses nothing; write the code after \`${DIRECTIVE}${d.scope === 'next-line' ? '-next-line' : ''}\`.`, { rules: options.rules, fixes: removeDirective(doc, d) }));
      continue;
    }
    if (!d.reason) {
      add(kept, toolFinding(doc, 'suppression-without-reason', d.offset, d.length, 'This suppression gives no reason; add ` -- ` and say why the finding is accepted.', { rules: options.rules, fixes: addReason(doc, d) }));
    }
    for (const c of d.codes) {
      if (used.has(c)) continue;
      const message = c.id
        ? `No ${c.id} finding on ${where}, so this suppression of ${c.text} is unused; remove it.`
        : `${JSON.stringify(c.text)} is not a spectrum-lint code, so it suppresses nothing; correct or remove it.`;
      const fixes = d.codes.length === 1 ? removeDirective(doc, d) : removeCode(d, c);
      add(kept, toolFinding(doc, 'unused-suppression', c.offset, c.length, message, { rules: options.rules, fixes, tags: ['unnecessary'] }));
    }
  }
  kept.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return { findings: kept, suppressed, usedIgnores: [...usedIgnores] };
}

function add(list: Finding[], f: Finding | undefined): void {
  if (f) list.push(f);
}

function removeDirective(doc: JsonDocument, d: Directive) {
  return (): Fix[] => {
    const text = doc.text;
    const lineStart = text.lastIndexOf('\n', d.offset - 1) + 1;
    let end = d.offset + d.length;
    const alone = /^[ \t]*$/.test(text.slice(lineStart, d.offset)) && /^[ \t]*(\r?\n|\r|$)/.test(text.slice(end));
    if (alone) {
      const m = /^[ \t]*(\r\n|\n|\r)?/.exec(text.slice(end))!;
      return [{ title: 'Remove the unused suppression', kind: 'choice', edits: [{ offset: lineStart, length: end + m[0].length - lineStart, content: '' }] }];
    }
    while (text[end] === ' ' || text[end] === '\t') end++;
    return [{ title: 'Remove the unused suppression', kind: 'choice', edits: [{ offset: d.offset, length: end - d.offset, content: '' }] }];
  };
}

function removeCode(d: Directive, c: DirectiveCode) {
  return (): Fix[] => {
    // Take the separator before the code (or after it, for the first code) so the list stays tidy.
    let start = c.offset;
    let end = c.offset + c.length;
    const i = d.codes.indexOf(c);
    if (i > 0) start = d.codes[i - 1].offset + d.codes[i - 1].length;
    else end = d.codes[1].offset;
    return [{ title: `Remove ${c.text} from the suppression`, kind: 'choice', edits: [{ offset: start, length: end - start, content: '' }] }];
  };
}

function addReason(doc: JsonDocument, d: Directive) {
  return (): Fix[] => {
    const edit =
      d.separator !== undefined
        ? { offset: d.separator, length: commentBodyEnd(doc, d) - d.separator, content: `-- ${REASON_PLACEHOLDER}` + (isBlock(doc, d) ? ' ' : '') }
        : { offset: d.codesEnd, length: 0, content: ` -- ${REASON_PLACEHOLDER}` };
    return [{ title: 'Add a reason to the suppression', kind: 'placeholder', edits: [edit], placeholder: REASON_PLACEHOLDER }];
  };
}

function isBlock(doc: JsonDocument, d: Directive): boolean {
  return doc.text.startsWith('/*', d.offset);
}

function commentBodyEnd(doc: JsonDocument, d: Directive): number {
  const end = d.offset + d.length;
  return isBlock(doc, d) && doc.text.startsWith('*/', end - 2) ? end - 2 : end;
}

/**
 * "Suppress <code> for this line" / "... for this file": a directive with a reason placeholder,
 * indented like the finding's line and ended with the document's line ending. Only where comments
 * are allowed (jsonc); never offered for spectrum-lint's own findings.
 */
export function suppressionFixes(doc: JsonDocument, finding: Finding, allowComments: boolean): Fix[] {
  if (!allowComments || entry(finding.id).group === 'tool') return [];
  const eol = doc.formatting.eol;
  const lineStart = doc.offsetAt({ line: finding.range.start.line, character: 0 });
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, lineStart + 200))![0];
  const code = String(finding.code);
  return [
    {
      title: `Suppress ${code} for this line`,
      kind: 'placeholder',
      edits: [{ offset: lineStart, length: 0, content: `${indent}// ${DIRECTIVE}-next-line ${code} -- ${REASON_PLACEHOLDER}${eol}` }],
      placeholder: REASON_PLACEHOLDER,
    },
    {
      title: `Suppress ${code} for this file`,
      kind: 'placeholder',
      edits: [{ offset: 0, length: 0, content: `// ${DIRECTIVE} ${code} -- ${REASON_PLACEHOLDER}${eol}` }],
      placeholder: REASON_PLACEHOLDER,
    },
  ];
}

/** Reports `ignore` entries that matched nothing in a whole run, in the configuration file. */
export function unusedIgnoreFindings(configDoc: JsonDocument, ignore: IgnoreEntry[], used: ReadonlySet<IgnoreEntry>, rules?: Record<string, RuleSetting>): Finding[] {
  const out: Finding[] = [];
  for (const e of ignore) {
    if (used.has(e) || !e.source) continue;
    const what = [e.files ? `files ${JSON.stringify(e.files)}` : '', e.pointer ? `pointer ${e.pointer}` : ''].filter(Boolean).join(', ');
    add(out, toolFinding(configDoc, 'unused-suppression', e.source.offset, e.source.length, `This \`ignore\` entry matched no ${e.code} finding${what ? ` (${what})` : ''}; remove it or correct it.`, { pointer: e.source.pointer, rules, tags: ['unnecessary'] }));
  }
  return out;
}
