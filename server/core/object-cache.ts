import type { Node } from 'jsonc-parser';
import { detached } from './detach';
import type { JsonDocument } from './document';
import type { Change } from './reparse';
import type { Fix, FixEnv, RelatedInfo } from './findings';
import { anchorOf, pointerOf } from './json';
import type { LintOptions } from './lint';
import type { Report, Rule } from './rules/types';
import type { Target } from './kinds/types';

/** What a rule reported, placed in the document. */
export interface RawReport {
  report: Report;
  offset: number;
  length: number;
  pointer: string;
  rule?: string;
}

/** A report stored relative to its target, so it can be placed again wherever the target moved. */
interface Stored {
  report: Omit<Report, 'node' | 'fixes' | 'related' | 'offset' | 'length'>;
  rel: number;
  length: number;
  pointerSuffix: string;
  /** Segments of the target's pointer the report's leaves out (one anchored on the key that holds the target). */
  pointerUp: number;
  /** Related locations in this document, relative to the target; other files' stay as they are. */
  related?: Array<RelatedInfo | { message: string; rel: number; length: number }>;
  fixable: boolean;
}

/** The stored reports of one object's text. */
interface Entry {
  key: string;
  stored: Stored[];
}

/**
 * The findings of the object-scoped rules per target, keyed by what they depend on: the target's
 * kind, role and text (and where its anchor key stands). An edit inside one object re-runs the rules
 * of that object only; the others' findings are placed again at their new offsets. Fixes are not
 * stored: asking for one re-runs the rules of that one target on the current document.
 */
export class ObjectCache {
  private inputs: unknown[] = [];
  /** Keyed by text: the objects of recent versions (the live ones, and an eighth more at most). */
  private entries = new Map<string, Entry>();
  /** The same entries by node, for a document re-parsed from the last one linted: no text key to build. */
  private byNode = new WeakMap<Node, Entry>();
  /** The entries this lint used: what stays when the others are forgotten. */
  private used: Entry[] = [];
  private lastSerial = 0;
  /** How many entries the last lint that visited every target used: the live objects. */
  private live = 0;
  /** The targets that reported nothing in the last lint, with its version and document inputs. */
  private quiet: { serial: number; inputs: readonly unknown[]; targets: WeakSet<Target> } | undefined;
  /** This lint's quiet targets (the last lint's set, kept up to date, when it passes over targets). */
  private nowQuiet = new WeakSet<Target>();
  /** The edit this lint passes over the quiet targets with, if it does. */
  private passing: Change | undefined;

  /** Starts a lint; findings kept from another account context, path or rule set are dropped. */
  begin(options: LintOptions, rules: readonly Rule[]): this {
    const inputs = [options.account, options.path, options.files, options.workspace, rules];
    if (!sameInputs(inputs, this.inputs)) {
      this.entries.clear();
      this.byNode = new WeakMap();
      this.byNodeDocument = new WeakMap();
      this.lastSerial = 0;
      this.quiet = undefined;
    }
    this.inputs = inputs;
    this.used = [];
    this.passing = undefined;
    this.nowQuiet = new WeakSet();
    return this;
  }

  /**
   * Whether this lint may pass over the targets that reported nothing in the last one: the document
   * was re-parsed from the version linted last, with the same document inputs, so such a target that
   * holds none of the edit reports nothing now. An edit of one app of thousands then costs its own
   * rules and the reporting targets' only. Not when old entries are due to be forgotten, which needs
   * to know every target's entry.
   */
  passesOver(doc: JsonDocument, inputs: readonly unknown[] | undefined): boolean {
    const r = doc.reparsed;
    const q = this.quiet;
    const pass = r !== undefined && q !== undefined && inputs !== undefined && r.from === q.serial && r.from === this.lastSerial;
    if (!pass || !sameInputs(q.inputs, inputs) || this.entries.size > this.live * 1.125 + 64) return false;
    this.passing = r.change;
    this.nowQuiet = q.targets;
    return true;
  }

  /** Whether the lint passes over this target: it reported nothing last time and holds none of the edit. */
  stillQuiet(target: Target): boolean {
    return this.passing !== undefined && this.nowQuiet.has(target) && !overlaps(target.node, this.passing);
  }

  /** Records whether a target the lint visited reported anything. */
  heard(target: Target, reported: boolean): void {
    if (reported) this.nowQuiet.delete(target);
    else this.nowQuiet.add(target);
  }

  /**
   * Ends a lint. Older versions' objects are forgotten once they are an eighth of the live ones (and
   * at least 64): an edit adds one entry, and dropping them at every lint would cost a walk over all.
   * A lint that passed over targets does not know all the live ones: it forgets nothing.
   */
  end(doc: JsonDocument, inputs: readonly unknown[] | undefined): void {
    if (!this.passing) {
      if (this.entries.size > this.used.length * 1.125 + 64) this.entries = new Map(this.used.map((e) => [e.key, e]));
      this.live = this.used.length;
    }
    this.quiet = inputs ? { serial: doc.serial, inputs, targets: this.nowQuiet } : undefined;
    this.used = [];
    this.passing = undefined;
    this.lastSerial = doc.serial;
  }

  /** The document-scope rules' reports per target node, with what else they were computed from. */
  private byNodeDocument = new WeakMap<Node, { inputs: readonly unknown[]; stored: Stored[] }>();

  /**
   * The reports of the rules that read the other objects (through the document's summary, the other
   * files and the account) for one target: reused when its node is unedited since and `inputs` (the
   * summary's generation, the other files' stamp) are the same, else `run` and stored. Related
   * locations in this document stay where they were: an equal summary means they have not moved.
   */
  documentReports(doc: JsonDocument, target: Target, inputs: readonly unknown[], run: (target: Target) => RawReport[]): readonly RawReport[] {
    const r = doc.reparsed;
    const known = this.byNodeDocument.get(target.node);
    if (known && r && !overlaps(target.node, r.change) && sameInputs(known.inputs, inputs)) {
      return known.stored.length ? place(doc, target, known.stored, run) : NONE;
    }
    const fresh = run(target);
    this.byNodeDocument.set(target.node, { inputs, stored: fresh.length ? store(doc, target, fresh, false) : [] });
    return fresh;
  }

  /** The target's reports: reused when its key was seen, else `run` and stored. */
  reports(doc: JsonDocument, target: Target, run: (target: Target) => RawReport[]): readonly RawReport[] {
    const r = doc.reparsed;
    let hit = r && r.from === this.lastSerial && !overlaps(target.node, r.change) ? this.byNode.get(target.node) : undefined;
    if (!hit) {
      const key = keyOf(doc, target);
      hit = this.entries.get(key);
      if (!hit) {
        const fresh = run(target);
        hit = { key, stored: fresh.length ? store(doc, target, fresh) : [] };
        this.entries.set(key, hit);
        this.byNode.set(target.node, hit);
        this.used.push(hit);
        return fresh;
      }
      this.byNode.set(target.node, hit);
    }
    this.used.push(hit);
    return hit.stored.length ? place(doc, target, hit.stored, run) : NONE;
  }
}

/** What a target without findings gives: shared, never changed. */
const NONE: readonly RawReport[] = Object.freeze([]) as readonly RawReport[];

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a node of the new text holds any of the edited text. */
function overlaps(node: Node, c: Change): boolean {
  const end = c.oldEnd + c.delta;
  return node.offset <= end && c.start <= node.offset + node.length;
}

function keyOf(doc: JsonDocument, target: Target): string {
  const { offset, length } = target.node;
  // Rules may report a missing field on the key that holds the object (`"result": {`): keep its distance.
  const anchor = anchorOf(target.node).offset - offset;
  // Kept across versions: a view into this version's text would keep all of it alive.
  return detached(`${target.kind}|${target.role}|${anchor}|${doc.text.slice(offset, offset + length)}`);
}

/** With `relativeRelated`, related locations in this document move with the target. */
function store(doc: JsonDocument, target: Target, reports: RawReport[], relativeRelated = true): Stored[] {
  const base = target.node.offset;
  const own = targetPointer(target.node);
  return reports.map(({ report, offset, length, pointer }) => {
    const { node: _node, fixes, related, offset: _o, length: _l, ...rest } = report;
    const { up, suffix } = relativePointer(own, pointer);
    return {
      report: rest,
      rel: offset - base,
      length,
      pointerSuffix: suffix,
      pointerUp: up,
      ...(related ? { related: related.map((r) => (r.path === undefined && relativeRelated ? relative(doc, r, base) : r)) } : {}),
      fixable: fixes !== undefined,
    };
  });
}

/** `pointer` as segments to leave off `own` and a suffix to add. */
function relativePointer(own: string, pointer: string): { up: number; suffix: string } {
  let up = 0;
  let base = own;
  while (!(pointer === base || pointer.startsWith(`${base}/`)) && base) {
    base = base.slice(0, base.lastIndexOf('/'));
    up++;
  }
  return { up, suffix: pointer.slice(base.length) };
}

function relative(doc: JsonDocument, r: RelatedInfo, base: number): { message: string; rel: number; length: number } {
  const start = doc.offsetAt(r.range.start);
  return { message: r.message, rel: start - base, length: doc.offsetAt(r.range.end) - start };
}

function place(doc: JsonDocument, target: Target, stored: Stored[], run: (target: Target) => RawReport[]): RawReport[] {
  // A fix re-runs the target's rules on this version, once for all its findings.
  const rerun = once(() => run(target));
  const base = target.node.offset;
  const pointer = targetPointer(target.node);
  return stored.map((s) => {
    const offset = base + s.rel;
    // Reports are read, never changed, after the rules: one without parts of its own is shared.
    const report: Report = s.related || s.fixable ? { ...s.report } : s.report;
    if (s.related) report.related = s.related.map((r) => ('rel' in r ? { message: r.message, range: doc.rangeOf(base + r.rel, r.length) } : r));
    if (s.fixable) report.fixes = (env: FixEnv) => fixesOf(rerun(), s.report.id, offset, s.length, env);
    return { report, offset, length: s.length, pointer: (s.pointerUp ? pointer.split('/').slice(0, -s.pointerUp).join('/') : pointer) + s.pointerSuffix };
  });
}

/** The fixes of the report of a fresh run that stands where the stored one does. */
function fixesOf(reports: RawReport[], id: string, offset: number, length: number, env: FixEnv): Fix[] | Promise<Fix[]> {
  const same = reports.find((r) => r.report.id === id && r.offset === offset && r.length === length);
  return same?.report.fixes?.(env) ?? [];
}

/**
 * A target's pointer, by node: a re-parse replaces one element in place and leaves every other node
 * where it is in the tree, so a node's pointer never changes (a full parse makes new nodes).
 */
const pointers = new WeakMap<Node, string>();
function targetPointer(node: Node): string {
  let p = pointers.get(node);
  if (p === undefined) pointers.set(node, (p = pointerOf(node)));
  return p;
}

function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}
