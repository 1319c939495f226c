import { printParseErrorCode } from 'jsonc-parser';
import { entry } from './catalog';
import { appliesToRole } from './catalog/types';
import { detect, kindByPath, mayContainTargets, type FileAssociations, type Target } from './detect';
import { JsonDocument } from './document';
import type { Finding } from './findings';
import { anchorOf, pointerOf } from './json';
import { RULES } from './rules';
import type { Report, Rule, RuleContext } from './rules/types';
import { effectiveSeverity, type RuleSetting } from './settings';
import type { IgnoreEntry } from './config/types';
import { applySuppressions, type Suppressed } from './suppress';
import type { AccountContext } from './context/types';
import type { WorkspaceIndex } from './workspace/workspace-index';

export interface LintOptions {
  /** File path, for file-name associations and configuration lookups. */
  path?: string;
  files?: FileAssociations;
  /** Severity override per catalog id. */
  rules?: Record<string, RuleSetting>;
  /** Report JSON syntax errors (the CLI does; editors leave them to their JSON support). */
  syntaxErrors?: boolean;
  maxFileSize?: number;
  /** `ignore` entries of the configuration file, applied after the findings are built (with `// spectrum-lint-disable` directives). */
  ignore?: IgnoreEntry[];
  /** What is known about the Cloudflare account (account-dependent rules stay quiet without it). */
  account?: AccountContext;
  /** The other Spectrum apps, monitors and pools of the workspace, for cross-file checks. */
  workspace?: WorkspaceIndex;
}

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

export function analyze(text: string, options: LintOptions = {}): Analysis {
  const associated = kindByPath(options.path, options.files) !== undefined;
  if (!associated && !options.syntaxErrors && !mayContainTargets(text)) return { text, targets: [], associated };
  const doc = new JsonDocument(text, options.path, options.maxFileSize);
  return { text, doc, targets: detect(doc.root, options.path, options.files), associated };
}

export function lint(input: string | Analysis, options: LintOptions = {}, rules: readonly Rule[] = RULES): LintResult {
  const analysis = typeof input === 'string' ? analyze(input, options) : input;
  const { doc } = analysis;
  const raw: Array<{ report: Report; offset: number; length: number; pointer: string; role?: Target['role'] }> = [];
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
    if (options.syntaxErrors) {
      for (const e of doc.errors) {
        raw.push({
          report: { id: 'json-syntax', message: `JSON syntax error: ${describeParseError(printParseErrorCode(e.error))}.` },
          offset: e.offset,
          length: e.length,
          pointer: '',
        });
      }
    }
    for (const target of analysis.targets) {
      for (const rule of rules) {
        if (!rule.kinds.includes(target.kind)) continue;
        const ctx: RuleContext = {
          doc,
          target,
          options,
          report(r) {
            const at = r.node
              ? r.node.type === 'property'
                ? anchorOf(r.node.children![1] ?? r.node.children![0])
                : { offset: r.node.offset, length: r.node.length }
              : { offset: r.offset ?? target.node.offset, length: r.length ?? 0 };
            const pointer = r.node ? pointerOf(r.node) : pointerOf(target.node);
            raw.push({ report: r, ...at, pointer, role: target.role });
          },
        };
        try {
          rule.check(ctx);
        } catch (error) {
          ruleErrors.push({ rule: rule.name, error });
        }
      }
    }
  }

  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { report, offset: rawOffset, length: rawLength, pointer, role } of raw) {
    // jsonc-parser can give nodes that run past the end of a truncated text (an unclosed comment): clamp.
    const offset = Math.max(0, Math.min(rawOffset, doc.text.length));
    const length = Math.max(0, Math.min(rawLength, doc.text.length - offset));
    const key = `${report.id}@${offset}:${length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const e = entry(report.id);
    // Each entry says whether it is true of requests, saved responses or both; decided here for every check.
    if (role && !appliesToRole(e, role)) continue;
    const severity = effectiveSeverity(e.id, report.severity ?? e.severity, options.rules);
    if (!severity) continue;
    findings.push({
      id: e.id,
      code: e.code,
      severity,
      message: report.message,
      range: doc.rangeOf(offset, length),
      offset,
      length,
      pointer,
      docs: e.docs,
      ...(report.related ? { related: report.related } : {}),
      ...(report.tags ? { tags: report.tags } : {}),
      ...(report.fixes ? { fixes: report.fixes } : {}),
    });
  }
  findings.sort((a, b) => a.offset - b.offset || a.length - b.length);
  const s = applySuppressions(doc, findings, options);
  return { ...analysis, findings: s.findings, ruleErrors, suppressed: s.suppressed, usedIgnores: s.usedIgnores };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
