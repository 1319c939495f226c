import { printParseErrorCode } from 'jsonc-parser';
import { entry, findEntry } from './catalog';
import { appliesToRole } from './catalog/types';
import { detect, documentTargets, kindByPath, mayContainTargets, redetect, type Target } from './detect';
import { JsonDocument } from './document';
import type { Finding } from './findings';
import { anchorOf, pointerOf } from './json';
import { memoByText } from './memo';
import { failsafe } from './fix-failsafe';
import { plainText } from './plain-text';
import { RULES } from './rules';
import type { LintOptions, Report, Rule, RuleContext } from './rules/types';
import { effectiveSeverity } from './settings';
import { applySuppressions, type Suppressed } from './suppress';
import type { IgnoreEntry } from './config/types';
import { ObjectCache, type RawReport } from './object-cache';
import { settle, settleAncestors } from './reparse';
import { terraformFrontEnd } from './terraform/document';
import { mentionsTerraformResource } from './terraform/resources';
import { insideUnknown } from './terraform/unknown';
import { effectiveVersion } from './terraform/version';
import { terraformFixes } from './terraform/fix-guard';
import { summarizeDocument, summaryGeneration } from './workspace/summarize';

/** The options are part of the rule contract (rules read them); re-exported for the engine's callers. */
export type { LintOptions };

/** A parsed document and what it contains; undefined `doc` means the text cannot hold anything we check. */
export interface Analysis {
  text: string;
  doc?: JsonDocument;
  targets: Target[];
  /** Whether the file name alone associates the document with a kind. */
  associated: boolean;
}

export interface RuleError {
  rule: string;
  error: unknown;
}

export interface LintResult extends Analysis {
  findings: Finding[];
  /** Rules that threw: each costs only its own findings. */
  ruleErrors: RuleError[];
  /** Findings hidden by a directive or an `ignore` entry, with the reason given. */
  suppressed?: Suppressed[];
  /** `ignore` entries that matched a finding in this document. */
  usedIgnores?: IgnoreEntry[];
}

/**
 * Parses and detects. With `previous` (the analysis of this document's earlier version, made with the
 * same options), an edit inside one element of the top-level list re-parses and re-detects that element only.
 * `keep` is for an open document: a `.tf` analysis then keeps its parser's tree for the next version,
 * which takes it over; one that gets no next version is freed with `releaseAnalysis`.
 */
export function analyze(text: string, options: LintOptions = {}, previous?: Analysis, keep = false): Analysis {
  if (terraformFrontEnd(options.path)) return analyzeTerraform(text, options, previous, keep);
  const associated = kindByPath(options.path, options.files) !== undefined;
  if (!associated && !options.syntaxErrors && !mayContainTargets(text)) return { text, targets: [], associated };
  const doc = new JsonDocument(text, options.path, options.maxFileSize, previous?.doc);
  const targets = doc.reparsed && previous ? redetect(previous.targets, doc.reparsed.old, doc.reparsed.node, options.path, options.files) : detect(doc.root, options.path, options.files);
  return { text, doc, targets, associated };
}

/** A `.tf` or `.tf.json` document: its targets are the checked resources (role `request`: each is a body to send). */
function analyzeTerraform(text: string, options: LintOptions, previous: Analysis | undefined, keep: boolean): Analysis {
  // A file that names none of the checked resource types holds nothing to check: not parsed.
  if (!mentionsTerraformResource(text) && !options.syntaxErrors) {
    if (previous) releaseAnalysis(previous);
    return { text, targets: [], associated: false };
  }
  const doc = new JsonDocument(text, options.path, options.maxFileSize, previous?.doc, keep);
  return { text, doc, targets: documentTargets(doc), associated: mentionsTerraformResource(text) };
}

/** Frees what an analysis made with `keep` holds for a next version that will not come. */
export function releaseAnalysis(analysis: Analysis): void {
  analysis.doc?.release();
}

export function lint(input: string | Analysis, options: LintOptions = {}, rules: readonly Rule[] = RULES, cache?: ObjectCache): LintResult {
  const steps = lintSteps(input, options, rules, cache);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `lint` in slices of about `sliceMs` of work, handing the event loop back between them, so that a
 * server answers other requests while a document of thousands of objects is checked. Gives undefined
 * as soon as `cancelled()` says the result is no longer wanted (a newer version arrived).
 */
export async function lintInSlices(
  input: string | Analysis,
  options: LintOptions,
  rules: readonly Rule[] = RULES,
  cache?: ObjectCache,
  cancelled: () => boolean = () => false,
  sliceMs = 15,
): Promise<LintResult | undefined> {
  const steps = lintSteps(input, options, rules, cache);
  let sliceStart = Date.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (Date.now() - sliceStart < sliceMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (cancelled()) return undefined;
    sliceStart = Date.now();
  }
}

/** The lint, one target at a time: it yields after each target's rules. */
function* lintSteps(input: string | Analysis, options: LintOptions, rules: readonly Rule[], cache?: ObjectCache): Generator<void, LintResult, void> {
  const analysis = typeof input === 'string' ? analyze(input, options) : input;
  const { doc } = analysis;
  const raw: RawReport[] = [];
  const ruleErrors: RuleError[] = [];
  if (!doc) return { ...analysis, findings: [], ruleErrors };

  if (doc.skipped) {
    if (analysis.associated || mayContainTargets(doc.text) || options.syntaxErrors) {
      raw.push({
        report: { id: 'document-skipped', message: `spectrum-lint did not check this document: ${doc.skipped.detail}.` },
        offset: 0,
        length: 0,
        pointer: '',
      });
    }
  } else {
    if (options.syntaxErrors && doc.language === 'terraform') {
      for (const e of doc.errors) raw.push({ report: { id: 'terraform-syntax', message: 'HCL syntax error: the text here does not parse.' }, offset: e.offset, length: e.length, pointer: '' });
    } else if (options.syntaxErrors) {
      for (const e of doc.errors) {
        raw.push({
          report: { id: 'json-syntax', message: syntaxMessage(doc.text, e.offset, printParseErrorCode(e.error)) },
          offset: e.offset,
          length: e.length,
          pointer: '',
        });
      }
    }
    // Without a cache of the caller's, nothing would reuse what a cache stores: the rules just run.
    const objectCache = cache?.begin(options, rules);
    const { targets } = analysis;
    // A re-parse may let the lint pass over targets, which it can tell only from the document inputs.
    let inputs = objectCache && doc.reparsed ? documentInputs(doc, targets, options) : undefined;
    const passing = objectCache?.passesOver(doc, inputs) ?? false;
    // One runner per scope, given the target: no closure per target of a dump of thousands.
    const runObject = (t: Target) => runRules(doc, t, options, rulesFor(rules, t).object, ruleErrors);
    const runDocument = (t: Target) => runRules(doc, t, options, rulesFor(rules, t).document, ruleErrors);
    let visited = 0;
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      if (passing && objectCache!.stillQuiet(target)) continue;
      settleAncestors(target.node);
      const { object, document } = rulesFor(rules, target);
      const before = raw.length;
      if (object.length) pushAll(raw, objectCache ? objectCache.reports(doc, target, runObject) : runObject(target));
      if (document.length) {
        inputs ??= documentInputs(doc, targets, options);
        pushAll(raw, objectCache ? objectCache.documentReports(doc, target, inputs, runDocument) : runDocument(target));
      }
      objectCache?.heard(target, raw.length > before);
      if (++visited % 32 === 0) yield;
    }
    // The next lint can pass over quiet targets only if it knows what they were checked with.
    if (objectCache) objectCache.end(doc, inputs ?? documentInputs(doc, targets, options));
  }

  const built: Finding[] = [];
  for (const { report, offset: rawOffset, length: rawLength, pointer } of raw) {
    // jsonc-parser can give nodes that run past the end of a truncated text (an unclosed comment): clamp.
    const offset = Math.max(0, Math.min(rawOffset, doc.text.length));
    const length = Math.max(0, Math.min(rawLength, doc.text.length - offset));
    const e = entry(report.id);
    const severity = effectiveSeverity(e.id, report.severity ?? e.severity, options.rules);
    if (!severity) continue;
    const f: Finding = { id: e.id, code: e.code, severity, message: plainMessage(report.message), range: doc.rangeOf(offset, length), offset, length, pointer, docs: e.docs };
    // Assigned rather than spread: this runs for every finding of every lint.
    if (report.related) f.related = report.related.map((r) => ({ ...r, message: plainText(r.message) }));
    if (report.tags) f.tags = report.tags;
    if (report.fixes) f.fixes = failsafe(doc.language === 'terraform' ? terraformFixes(doc, report.fixes) : report.fixes);
    built.push(f);
  }
  const findings = withoutRepeats(built.sort((a, b) => a.offset - b.offset || a.length - b.length));
  // What depends on an expression (Terraform) is not known: a finding inside one is no finding. The
  // Terraform checks and the tool's own findings (a syntax error in a half-typed expression) are about
  // how the file is written, not about values, so they stay.
  const unknown = doc.terraform?.unknown ?? [];
  const known = unknown.length ? findings.filter((f) => aboutTheText(f) || !insideUnknown(unknown, f.offset, f.length)) : findings;
  const s = applySuppressions(doc, known, options);
  return { ...analysis, findings: s.findings, ruleErrors, suppressed: s.suppressed, usedIgnores: s.usedIgnores };
}

/**
 * Runs rules on one target. A rule's reports count only once it has finished: one that throws (or
 * names an id missing from the catalog) costs its own findings, never another rule's.
 */
function runRules(doc: JsonDocument, target: Target, options: LintOptions, rules: readonly Rule[], ruleErrors: RuleError[]): RawReport[] {
  // Rules read every offset of their object: a move the re-parse deferred is made now.
  settle(target.node);
  const out: RawReport[] = [];
  const ctx: RuleContext = {
    doc,
    target,
    options,
    report(r) {
      // Each check says whether it applies to request bodies, saved responses or both: decided here once.
      if (!appliesToRole(entry(r.id), target.role)) return;
      const at = r.node
        ? r.node.type === 'property'
          ? anchorOf(r.node.children![1] ?? r.node.children![0])
          : { offset: r.node.offset, length: r.node.length }
        : { offset: r.offset ?? target.node.offset, length: r.length ?? 0 };
      const pointer = r.node ? pointerOf(r.node) : pointerOf(target.node);
      out.push({ report: r, offset: at.offset, length: at.length, pointer });
    },
  };
  for (const rule of rules) {
    // Reports go straight to `out` (no list per rule and object); a rule that throws takes its own back.
    const before = out.length;
    try {
      rule.check(ctx);
    } catch (error) {
      out.length = before;
      ruleErrors.push({ rule: rule.name, error });
    }
  }
  return out;
}

/**
 * What document-scope rules read besides their own object: the document's summary (made here from
 * the targets already found, so no rule detects them again), the other files and a Terraform file's
 * provider version.
 */
function documentInputs(doc: JsonDocument, targets: Target[], options: LintOptions): unknown[] {
  const summary = summarizeDocument(doc, options.path ?? '', options.files, targets);
  // The Terraform checks of one resource read the file's provider version too.
  const version = doc.terraform ? effectiveVersion(doc.terraform.version, options) : undefined;
  return [summaryGeneration(summary), options.workspace?.stampExcept(options.path ?? '') ?? 0, version?.major, version?.source, version?.file];
}

/** Whether a finding is about how the file is written (a Terraform check, the tool's own), not about a value. */
function aboutTheText(f: Finding): boolean {
  const group = entry(f.id).group;
  return group === 'terraform-check' || group === 'tool';
}

/**
 * The findings, sorted by range, with each id reported once per range: the first report wins (the sort
 * is stable). Repeats are rare, so they are dropped after the findings are built instead of looked up
 * by a key for each of them.
 */
function withoutRepeats(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  let group = 0; // where the findings of the current range start in `out`
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (!prev || prev.offset !== f.offset || prev.length !== f.length) group = out.length;
    else if (repeats(out, group, f.id)) continue;
    out.push(f);
  }
  return out;
}

function repeats(out: Finding[], from: number, id: string): boolean {
  for (let i = from; i < out.length; i++) if (out[i].id === id) return true;
  return false;
}

/** Cached findings come back with the same messages on every lint of an edited document. */
const plainMessage = memoByText(plainText);

type ByScope = { object: Rule[]; document: Rule[] };
const byKind = new WeakMap<readonly Rule[], Map<string, Record<Target['role'] | 'partial', ByScope>>>();

function pushAll<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]);
}

/**
 * The rules of a kind and role, split by scope; computed once per rule list. A rule none of whose
 * checks applies to the role is not run: `report` would drop every finding it made (a saved response
 * carries `id` and `created_on`, which a request must not). An id missing from the catalog keeps its
 * rule, whose report then fails that rule alone. A part of an object (`Target.partial`) gets the rules
 * that check field by field only: what the others conclude needs the whole object.
 */
function rulesFor(rules: readonly Rule[], target: Target): ByScope {
  let m = byKind.get(rules);
  if (!m) byKind.set(rules, (m = new Map()));
  let r = m.get(target.kind);
  if (!r) {
    const request = splitRules(rules, target.kind, 'request');
    const fieldByField = (list: Rule[]) => list.filter((rule) => rule.fieldByField);
    m.set(target.kind, (r = { request, response: splitRules(rules, target.kind, 'response'), partial: { object: fieldByField(request.object), document: fieldByField(request.document) } }));
  }
  return r[target.partial ? 'partial' : target.role];
}

function splitRules(rules: readonly Rule[], kind: string, role: Target['role']): ByScope {
  const applies = (rule: Rule) =>
    rule.reports.some((id) => {
      const e = findEntry(id);
      return !e || appliesToRole(e, role);
    });
  const mine = rules.filter((rule) => (rule.kinds as string[]).includes(kind) && applies(rule));
  return { object: mine.filter((rule) => rule.scope !== 'document'), document: mine.filter((rule) => rule.scope === 'document') };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * A JSON syntax error as the user reads it. A second value after the first is what responses appended
 * one after another give (`curl` in a loop): said so, with the form that holds them all.
 */
function syntaxMessage(text: string, offset: number, code: string): string {
  if (code === 'EndOfFileExpected' && /^[{[]/.test(text.slice(offset, offset + 1))) {
    return 'JSON syntax error: another JSON value starts here, after the first one ended; a file holds one value. Pages of API responses can be kept as one list of them, as `jq -s` writes it.';
  }
  return `JSON syntax error: ${describeParseError(code)}.`;
}
