import { createScanner, parseTree, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { rememberParse } from './parse-cache';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface Formatting {
  insertSpaces: boolean;
  tabSize: number;
  eol: string;
}

/** Why a document was not parsed: reported once, never as a cascade. */
export interface Skipped {
  reason: 'too-large' | 'too-deep' | 'binary';
  detail: string;
}

export const DEFAULT_MAX_SIZE = 4 * 1024 * 1024;
/** jsonc-parser builds the tree recursively; deeper input would risk the stack. */
export const MAX_DEPTH = 500;

/** One parse of one document version: tree, errors, and offset/position conversion. */
export class JsonDocument {
  readonly root: Node | undefined;
  readonly errors: ParseError[];
  readonly skipped: Skipped | undefined;
  private lineStarts: number[] | undefined;
  private formattingCache: Formatting | undefined;

  constructor(
    readonly text: string,
    readonly path?: string,
    maxSize = DEFAULT_MAX_SIZE,
  ) {
    this.skipped = precheck(text, maxSize);
    if (this.skipped) {
      this.errors = [];
      return;
    }
    const errors: ParseError[] = [];
    this.root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    this.errors = errors;
    rememberParse(text, this.root);
  }

  positionAt(offset: number): Position {
    const starts = this.lines();
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and \n of a CRLF is no position (the parser ends a string at the \r): the end of that line.
    if (o > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) o--;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  }

  offsetAt(p: Position): number {
    const starts = this.lines();
    if (p.line >= starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const next = p.line + 1 < starts.length ? starts[p.line + 1] : this.text.length;
    return Math.max(starts[p.line], Math.min(starts[p.line] + p.character, next));
  }

  rangeOf(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }

  /** Indentation and line ending of this document, so edits look like the user's own text. */
  get formatting(): Formatting {
    if (!this.formattingCache) this.formattingCache = detectFormatting(this.text);
    return this.formattingCache;
  }

  private lines(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (t.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10 /* \n */) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

function precheck(text: string, maxSize: number): Skipped | undefined {
  if (text.length > maxSize) {
    return { reason: 'too-large', detail: `it is ${(text.length / 1048576).toFixed(1)} MB, above the ${(maxSize / 1048576).toFixed(1)} MB limit` };
  }
  if (text.includes('\u0000')) return { reason: 'binary', detail: 'it contains NUL bytes, so it is not a text document' };
  const depth = maxDepth(text);
  if (depth > MAX_DEPTH) return { reason: 'too-deep', detail: `it nests arrays and objects ${depth} levels deep, above the limit of ${MAX_DEPTH}` };
  return undefined;
}

/**
 * An upper bound of the parser's nesting depth, from the parser's own scanner (so strings, comments
 * and line breaks, `\r` included, end exactly where the parser ends them). A close pops only the
 * open of its own kind, as the parser's frames do; an open the parser skips while recovering from an
 * error still counts, so the bound may be high for broken text but is never low. Stops past the limit.
 */
export function maxDepth(text: string): number {
  const scanner = createScanner(text, true);
  const open: SyntaxKind[] = [];
  let max = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      max = Math.max(max, open.push(kind));
      if (max > MAX_DEPTH) return max;
    } else if (kind === SyntaxKind.CloseBraceToken) {
      if (open[open.length - 1] === SyntaxKind.OpenBraceToken) open.pop();
    } else if (kind === SyntaxKind.CloseBracketToken) {
      if (open[open.length - 1] === SyntaxKind.OpenBracketToken) open.pop();
    }
  }
  return max;
}

function detectFormatting(text: string): Formatting {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  if (m && m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  const size = m ? m[1].length : 2;
  return { insertSpaces: true, tabSize: size > 0 && size <= 8 ? size : 2, eol };
}
