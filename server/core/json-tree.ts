import { parseTree, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import { detached } from './detach';

/** The parsers build trees recursively; deeper input would risk the stack. */
export const MAX_DEPTH = 500;

/** How the engine reads JSON documents: comments and trailing commas allowed. */
export const PARSE_OPTIONS: ParseOptions = { allowTrailingComma: true, disallowComments: false };

/**
 * The tree jsonc-parser's `parseTree` gives for `text`, built faster when the text is regular JSON
 * (comments and trailing commas allowed): one pass over its characters, and every node of one shape,
 * so the walks over the tree stay monomorphic. Any irregularity (a syntax error, a bad escape, a
 * control character in a string, nesting above `MAX_DEPTH`) parses the whole text with jsonc-parser
 * instead, so a broken document gives exactly its trees and errors.
 *
 * Every node has all of `type, value, offset, length, colonOffset, parent, children` as own
 * properties, `undefined` where jsonc-parser leaves one out (and on the root's `parent`, which it
 * deletes): the engine reads fields, never asks which ones a node has.
 */
export function parseJsonTree(text: string, errors: ParseError[] = [], options: ParseOptions = PARSE_OPTIONS): Node | undefined {
  if (options.allowTrailingComma && !options.disallowComments) {
    const root = fastJsonTree(text);
    if (root) return root;
  }
  return parseTree(text, errors, options);
}

/** The fast path alone: the tree of a regular text, undefined for any text it leaves to jsonc-parser. */
export function fastJsonTree(source: string): Node | undefined {
  text = source;
  pos = 0;
  try {
    skipTrivia();
    if (pos >= text.length) return undefined;
    const root = value(undefined, 0);
    skipTrivia();
    return pos === text.length ? root : undefined;
  } catch (e) {
    if (e === IRREGULAR) return undefined;
    throw e;
  } finally {
    text = '';
    items = [];
    top = 0;
  }
}

type Mutable = { -readonly [K in keyof Node]: Node[K] };

/** Thrown to leave the fast path; caught only by `fastJsonTree`. */
const IRREGULAR = Symbol('irregular');

// The text being parsed and the position in it (module state: the parse is synchronous and not re-entrant).
let text = '';
let pos = 0;

/** The one place nodes are made: the same properties in the same order, so they share one hidden class. */
function node(type: Node['type'], value: unknown, offset: number, length: number, colonOffset: number | undefined, parent: Node | undefined, children: Node[] | undefined): Mutable {
  return { type, value, offset, length, colonOffset, parent, children };
}

function value(parent: Node | undefined, depth: number): Node {
  const start = pos;
  const c = text.charCodeAt(pos);
  switch (c) {
    case Ch.QUOTE: {
      const s = string();
      return node('string', s, start, pos - start, undefined, parent, undefined);
    }
    case Ch.OPEN_BRACE:
      return object(parent, depth + 1);
    case Ch.OPEN_BRACKET:
      return array(parent, depth + 1);
    case Ch.LOWER_T:
      return keyword('true', true, parent);
    case Ch.LOWER_F:
      return keyword('false', false, parent);
    case Ch.LOWER_N:
      return keyword('null', null, parent);
  }
  if (c === Ch.MINUS || isDigit(c)) return number(parent);
  throw IRREGULAR;
}

/** A keyword; what follows it is checked by the caller, as after any value (`truex` is no delimiter). */
function keyword(word: string, v: boolean | null, parent: Node | undefined): Node {
  if (!text.startsWith(word, pos)) throw IRREGULAR;
  const start = pos;
  pos += word.length;
  return node(v === null ? 'null' : 'boolean', v, start, word.length, undefined, parent, undefined);
}

/** An object or array at `pos`: its items, read by `item`, up to `close`. */
function container(type: 'object' | 'array', close: number, parent: Node | undefined, depth: number, item: (holder: Node, depth: number) => Node): Node {
  if (depth > MAX_DEPTH) throw IRREGULAR;
  const start = pos++;
  const c = node(type, undefined, start, -1, undefined, parent, NO_CHILDREN);
  skipTrivia();
  if (text.charCodeAt(pos) !== close) {
    // Items wait on one shared stack and get a list of exactly their number: a list pushed to from
    // empty reserves room for 17, most of it unused in objects of two or three members.
    const base = top;
    do items[top++] = item(c, depth);
    while (!closesAfterItem(close));
    c.children = items.slice(base, top);
    top = base;
  } else c.children = [];
  c.length = ++pos - start;
  return c;
}

/** The stack `container` collects items on, and its height (it is emptied after each parse). */
let items: Node[] = [];
let top = 0;
const NO_CHILDREN: Node[] = [];

const object = (parent: Node | undefined, depth: number): Node => container('object', Ch.CLOSE_BRACE, parent, depth, member);
const array = (parent: Node | undefined, depth: number): Node => container('array', Ch.CLOSE_BRACKET, parent, depth, value);

/** A `"key": value` member of `obj` at `pos`. */
function member(obj: Node, depth: number): Node {
  if (text.charCodeAt(pos) !== Ch.QUOTE) throw IRREGULAR;
  const keyStart = pos;
  const key = string();
  const keyLength = pos - keyStart;
  skipTrivia();
  if (text.charCodeAt(pos) !== Ch.COLON) throw IRREGULAR;
  const prop = node('property', undefined, keyStart, -1, pos++, obj, undefined);
  const name = node('string', key, keyStart, keyLength, undefined, prop, undefined);
  skipTrivia();
  const v = value(prop, depth);
  // Made once both are known: an array of exactly two, where pushing would reserve room for many.
  prop.children = [name, v];
  prop.length = v.offset + v.length - keyStart;
  return prop;
}

/** After an item: past its comma, whether `close` comes next (a trailing comma), or at `close`. */
function closesAfterItem(close: number): boolean {
  skipTrivia();
  const c = text.charCodeAt(pos);
  if (c === Ch.COMMA) {
    pos++;
    skipTrivia();
    return text.charCodeAt(pos) === close;
  }
  if (c === close) return true;
  throw IRREGULAR;
}

/** A string at `pos` (its opening quote); `pos` ends past the closing quote. Without escapes, a slice of the text, as jsonc-parser's. */
function string(): string {
  const start = ++pos;
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === Ch.QUOTE) return shared(start, pos++);
    if (c === Ch.BACKSLASH) return escaped(start);
    // Also the end of the text (NaN fails every test but this one).
    if (!(c >= 0x20)) throw IRREGULAR;
    pos++;
  }
}

/**
 * Short strings seen lately, by a hash of their length and a few characters: a dump repeats every
 * key and many values (`"protocol"`, `"CNAME"`, `"direct"`) thousands of times, and one shared copy
 * each saves a string per node (about 6 MB of a 10,000-app dump) and the collector's work of moving
 * them. A slot holds the last string that hashed there; a hit is checked against the text.
 */
const recent: Array<string | undefined> = new Array(4096).fill(undefined);
const SHARED_MAX = 24;

/** The text of `[start, end)`, shared with an equal string parsed before when it is short. */
function shared(start: number, end: number): string {
  const length = end - start;
  if (length > SHARED_MAX || length === 0) return text.slice(start, end);
  const h = (length * 7 + text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 131 + text.charCodeAt(start + (length >> 1)) * 17 + text.charCodeAt(end - 2) * 3) & 4095;
  const known = recent[h];
  if (known !== undefined && known.length === length && text.startsWith(known, start)) return known;
  // A copy, not a view (V8 makes slices of 13 characters and more views): kept for a later parse, a
  // view would keep this whole text alive.
  const s = length < 13 ? text.slice(start, end) : detached(text.slice(start, end));
  recent[h] = s;
  return s;
}

/** The rest of a string from its first backslash at `pos`, decoded as jsonc-parser's scanner does. */
function escaped(start: number): string {
  let out = text.slice(start, pos);
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === Ch.QUOTE) {
      pos++;
      return out;
    }
    if (c === Ch.BACKSLASH) {
      out += escape(text.charCodeAt(pos + 1));
      continue;
    }
    if (!(c >= 0x20)) throw IRREGULAR;
    const from = pos;
    while (pos < text.length && text.charCodeAt(pos) >= 0x20 && text.charCodeAt(pos) !== Ch.QUOTE && text.charCodeAt(pos) !== Ch.BACKSLASH) pos++;
    out += text.slice(from, pos);
  }
}

/** The character of the escape `\` + `c` at `pos`; `pos` ends past it. */
function escape(c: number): string {
  pos += 2;
  switch (c) {
    case Ch.QUOTE:
      return '"';
    case Ch.BACKSLASH:
      return '\\';
    case Ch.SLASH:
      return '/';
    case 98:
      return '\b';
    case 102:
      return '\f';
    case 110:
      return '\n';
    case 114:
      return '\r';
    case 116:
      return '\t';
    case 117: {
      let code = 0;
      for (let i = 0; i < 4; i++) code = code * 16 + hexDigit(text.charCodeAt(pos++));
      // Lone surrogates stay, as in jsonc-parser (it decodes each escape on its own).
      return String.fromCharCode(code);
    }
  }
  throw IRREGULAR;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  throw IRREGULAR;
}

/** A number as jsonc-parser's scanner reads it (`-`? digits, fraction, exponent), converted by `Number` unless it is a short integer. */
function number(parent: Node | undefined): Node {
  const start = pos;
  const negative = text.charCodeAt(pos) === Ch.MINUS;
  if (negative) pos++;
  let c = text.charCodeAt(pos);
  if (!isDigit(c)) throw IRREGULAR;
  let int = c - 48;
  pos++;
  // A leading 0 ends the integer part; a digit after it is then no delimiter and leaves the fast path.
  if (c !== Ch.ZERO) for (c = text.charCodeAt(pos); isDigit(c); c = text.charCodeAt(++pos)) int = int * 10 + (c - 48);
  c = text.charCodeAt(pos);
  let simple = pos - start <= 15;
  if (c === Ch.DOT) {
    simple = false;
    if (!isDigit(text.charCodeAt(++pos))) throw IRREGULAR;
    while (isDigit(text.charCodeAt(pos))) pos++;
    c = text.charCodeAt(pos);
  }
  if (c === Ch.LOWER_E || c === Ch.UPPER_E) {
    simple = false;
    c = text.charCodeAt(++pos);
    if (c === Ch.PLUS || c === Ch.MINUS) pos++;
    if (!isDigit(text.charCodeAt(pos))) throw IRREGULAR;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  // Up to 15 digits an integer is exact in a double, so it equals what `Number` makes of its text (`-0` too).
  const v = simple ? (negative ? -int : int) : Number(text.slice(start, pos));
  return node('number', v, start, pos - start, undefined, parent, undefined);
}

/** Skips spaces, tabs, line breaks and comments, as the scanner's trivia; a lone `/` or an unclosed comment leaves the fast path. */
function skipTrivia(): void {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === Ch.SPACE || c === Ch.LF || c === Ch.CR || c === Ch.TAB) pos++;
    else if (c === Ch.SLASH) {
      const next = text.charCodeAt(pos + 1);
      if (next === Ch.SLASH) {
        pos += 2;
        for (let d = text.charCodeAt(pos); pos < text.length && d !== Ch.LF && d !== Ch.CR; d = text.charCodeAt(++pos));
      } else if (next === Ch.STAR) {
        const close = text.indexOf('*/', pos + 2);
        if (close < 0) throw IRREGULAR;
        pos = close + 2;
      } else throw IRREGULAR;
    } else return;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Character codes (a const enum: inlined as numbers). */
const enum Ch {
  TAB = 9,
  LF = 10,
  CR = 13,
  SPACE = 32,
  QUOTE = 34,
  STAR = 42,
  PLUS = 43,
  COMMA = 44,
  MINUS = 45,
  DOT = 46,
  SLASH = 47,
  ZERO = 48,
  COLON = 58,
  UPPER_E = 69,
  OPEN_BRACKET = 91,
  BACKSLASH = 92,
  CLOSE_BRACKET = 93,
  LOWER_E = 101,
  LOWER_F = 102,
  LOWER_N = 110,
  LOWER_T = 116,
  OPEN_BRACE = 123,
  CLOSE_BRACE = 125,
}
