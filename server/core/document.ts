import type { Node, ParseError } from 'jsonc-parser';
import { fastJsonTree, MAX_DEPTH, parseJsonTree } from './json-tree';
import { forgetParse, rememberParse } from './parse-cache';
import { reparse, settleAll, type Reparsed } from './reparse';
import { formatSize } from './size';
import { lineStartsOf, shiftLineStarts } from './line-starts';
import { lastAtOrBefore } from './sorted';
import { onlyRebuilt, releaseTerraform, terraformFrontEnd, type TerraformModel } from './terraform/document';

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
  reason: 'too-large' | 'too-deep' | 'binary' | 'not-initialised';
  detail: string;
}

/** Covers an API dump of 10,000 Spectrum apps (about 6 MB) with room to spare. */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;
export { MAX_DEPTH };

let serials = 0;

/** One parse of one document version: tree, errors, and offset/position conversion. */
export class JsonDocument {
  /** Tells this parse from every other, so a re-parsed document can name the one it was made from. */
  readonly serial = ++serials;
  /** The tree as parsed or re-parsed: elements after a re-parsed one may still wait for their offset move. */
  private readonly tree: Node | undefined;
  readonly errors: ParseError[];
  readonly skipped: Skipped | undefined;
  private lineStarts: Int32Array | undefined;
  private formattingCache: Formatting | undefined;
  /** Set when this document was made from an earlier one by re-parsing one element: what was replaced. */
  readonly reparsed: (Reparsed & { from: number }) | undefined;
  /** Which front end made the tree: `.tf` files are HCL, everything else (`.tf.json` too) JSON. */
  readonly language: 'json' | 'terraform';
  /** For `.tf` and `.tf.json`: the resources as API objects, the provider version, unknown spans. */
  readonly terraform: TerraformModel | undefined;

  /**
   * With `previous` (the document's earlier version, clean of syntax errors), an edit that stays inside
   * one element of the top-level list (or an envelope's `result` list) re-parses that element only and
   * takes over the earlier tree, which then belongs to this document. A `.tf` document is parsed from
   * its earlier version's parse when that one was made with `keep` (see `TerraformModel`); with `keep`,
   * this one keeps what its own next version needs, until that version takes it over or `release()`.
   */
  constructor(
    readonly text: string,
    readonly path?: string,
    maxSize = DEFAULT_MAX_SIZE,
    previous?: JsonDocument,
    keep = false,
  ) {
    const front = terraformFrontEnd(path);
    this.language = front?.language ?? 'json';
    if (front?.language === 'terraform') {
      this.skipped = precheck(text, maxSize) ?? tooDeep(text) ?? front.unavailable();
      this.errors = [];
      if (this.skipped) {
        previous?.release();
        return;
      }
      const before = previous?.language === 'terraform' && previous.terraform?.hcl?.tree ? previous : undefined;
      const model = front.parse(text, before?.terraform, keep);
      this.tree = model.root as Node;
      this.errors = model.errors;
      this.terraform = model;
      const change = model.change;
      if (before && change) {
        this.lineStarts = before.lineStarts && shiftLineStarts(before.lineStarts, text, change);
        const one = onlyRebuilt(before.terraform!, model);
        if (one) this.reparsed = { change, old: one.old as Node, node: one.node as Node, from: before.serial };
      }
      return;
    }
    const r = !front && previous && text.length <= maxSize && !previous.skipped && previous.errors.length === 0 && previous.tree ? reparse(previous.tree, previous.text, text, elementTooDeep) : undefined;
    if (r) {
      this.tree = previous!.tree;
      this.errors = [];
      this.reparsed = { ...r, from: previous!.serial };
      this.lineStarts = previous!.lineStarts && shiftLineStarts(previous!.lineStarts, text, r.change);
      forgetParse(previous!.text);
      rememberParse(text, this.tree);
      return;
    }
    this.skipped = precheck(text, maxSize);
    if (this.skipped) {
      this.errors = [];
      return;
    }
    const errors: ParseError[] = [];
    // The fast builder leaves any text nested above the limit to jsonc-parser: only then is the depth read.
    const fast = fastJsonTree(text);
    this.skipped = fast ? undefined : tooDeep(text);
    if (this.skipped) {
      this.errors = [];
      return;
    }
    this.tree = fast ?? parseJsonTree(text, errors);
    this.errors = errors;
    rememberParse(text, this.tree);
    if (front) this.terraform = front.parse(text, this.tree);
  }

  /** The tree, every offset in place (the moves a re-parse deferred are made first). */
  get root(): Node | undefined {
    if (this.tree) settleAll(this.tree);
    return this.tree;
  }

  /** Whether the text was parsed into a tree (without settling deferred moves). */
  get hasTree(): boolean {
    return this.tree !== undefined;
  }

  /** Frees what this document kept for a next version that will not come (it was closed or replaced). */
  release(): void {
    if (this.language === 'terraform') releaseTerraform(this.terraform);
  }

  positionAt(offset: number): Position {
    const starts = this.lines();
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and \n of a CRLF is no position (the parser ends a string at the \r): the end of that line.
    if (o > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) o--;
    const line = lastAtOrBefore(starts, o);
    return { line, character: o - starts[line] };
  }

  offsetAt(p: Position): number {
    const starts = this.lines();
    if (p.line >= starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const next = p.line + 1 < starts.length ? starts[p.line + 1] : this.text.length;
    return Math.max(starts[p.line], Math.min(starts[p.line] + p.character, next));
  }

  get lineCount(): number {
    return this.lines().length;
  }

  rangeOf(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }

  /** Indentation and line ending of this document, so edits look like the user's own text. */
  get formatting(): Formatting {
    if (!this.formattingCache) this.formattingCache = detectFormatting(this.text);
    return this.formattingCache;
  }

  private lines(): Int32Array {
    if (!this.lineStarts) this.lineStarts = lineStartsOf(this.text);
    return this.lineStarts;
  }
}

function precheck(text: string, maxSize: number): Skipped | undefined {
  if (text.length > maxSize) {
    return { reason: 'too-large', detail: `it is ${(text.length / 1048576).toFixed(1)} MB, above the ${formatSize(maxSize)} limit` };
  }
  if (text.includes('\u0000')) return { reason: 'binary', detail: 'it contains NUL bytes, so it is not a text document' };
  return undefined;
}

function tooDeep(text: string): Skipped | undefined {
  const depth = maxDepth(text);
  return depth > MAX_DEPTH ? { reason: 'too-deep', detail: `it nests arrays and objects ${depth} levels deep, above the limit of ${MAX_DEPTH}` } : undefined;
}

/**
 * An upper bound of the parser's nesting depth. It reads the text as jsonc-parser's scanner does
 * (strings end at `"` or before a line break, `\\` takes the next character, `//` runs to a line
 * break, an unclosed `/*` to the end), one character at a time without building token values: the
 * scanner's own loop was a tenth of a large document's lint. A close pops only the open of its own
 * kind, as the parser's frames do; an open the parser skips while recovering from an error still
 * counts, so the bound may be high for broken text but is never low. Stops past the limit.
 */
export function maxDepth(text: string): number {
  const len = text.length;
  const open: number[] = [];
  let max = 0;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i++);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      max = Math.max(max, open.push(c));
      if (max > MAX_DEPTH) return max;
    } else if (c === CLOSE_BRACE) {
      if (open[open.length - 1] === OPEN_BRACE) open.pop();
    } else if (c === CLOSE_BRACKET) {
      if (open[open.length - 1] === OPEN_BRACKET) open.pop();
    } else if (c === QUOTE) i = stringEnd(text, i);
    else if (c === SLASH) i = commentEnd(text, i);
  }
  return max;
}

const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, QUOTE, SLASH, BACKSLASH, STAR] = [123, 125, 91, 93, 34, 47, 92, 42];
const isLineBreak = (c: number) => c === 10 || c === 13;

/** Where the scanner goes on after a string whose opening quote is before `i`. */
function stringEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH) i += 2;
    else if (isLineBreak(c)) return i;
    else i++;
  }
  return text.length;
}

/** Where the scanner goes on after a `/` at `i - 1`: past a comment, or past the lone slash. */
function commentEnd(text: string, i: number): number {
  const next = text.charCodeAt(i);
  if (next === SLASH) {
    i++;
    while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
    return i;
  }
  if (next !== STAR) return i;
  for (i++; i < text.length - 1; i++) if (text.charCodeAt(i) === STAR && text.charCodeAt(i + 1) === SLASH) return i + 2;
  return text.length;
}

/** An element of the top-level list sits two levels deep (three in an envelope's `result`). */
const elementTooDeep = (element: string) => maxDepth(element) > MAX_DEPTH - 3;

function detectFormatting(text: string): Formatting {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  if (m && m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  const size = m ? m[1].length : 2;
  return { insertSpaces: true, tabSize: size > 0 && size <= 8 ? size : 2, eol };
}
