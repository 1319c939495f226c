import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { fixAll, type Finding, type Fix } from '../core';
import { diff } from '../core/edit';
import { sameCodeFixes } from '../core/fix-same';
import { suppressionFixes } from '../core/suppress';
import { isDiagnosticData, sameRange, SOURCE } from './diagnostics';
import { SHOW_DOCUMENTATION_COMMAND } from './protocol';
import { versionedEdit } from './edits';
import { QUICK_FIX_ENV } from './resolve';
import type { Linted, Server } from './server';

export const FIX_ALL_KIND = 'source.fixAll.spectrum-lint';
/** Above this many fixable findings, the quick-fix menu leaves fix-all to the source-action menu and on-save. */
const MENU_FIX_ALL_LIMIT = 30;

export interface CodeActionSupport {
  /** Whether the client applies `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** Whether the client takes snippet edits (a suppression's reason is then a selected placeholder). */
  snippetEdits: boolean;
  /** Whether quick fixes may resolve hostnames (not in an untrusted workspace). */
  network: boolean;
}

/**
 * Quick fixes for the diagnostics in the request (real fixes first, then suppressions in jsonc
 * documents, then documentation; only a lone safe fix is preferred), and `source.fixAll.spectrum-lint`
 * for on-save. Edits are bound to the version they were computed for; a diagnostic from an older
 * version gets nothing rather than a wrong edit.
 */
export function registerCodeActions(server: Server, support: CodeActionSupport): void {
  server.connection.onCodeAction(
    server.guard('textDocument/codeAction', [] as CodeAction[], async (params: CodeActionParams) => {
      const doc = server.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const linted = await server.lint(doc);
      if (!linted) return [];
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) actions.push(...(await quickFixes(server, linted, params.context.diagnostics, support)));
      // Fix-all is computed when asked for by kind (on save, the source menu), and offered in a menu the
      // user opened when the document is small enough that computing it costs nothing noticeable.
      const fixAllWanted = only
        ? wants(FIX_ALL_KIND)
        : params.context.triggerKind !== CodeActionTriggerKind.Automatic && linted.result.findings.filter((f) => f.fixes).length <= MENU_FIX_ALL_LIMIT;
      if (fixAllWanted) {
        const all = await fixAllAction(linted, support);
        if (all) actions.push(all);
      }
      return actions;
    }),
  );
}

/** The finding a client diagnostic stands for, if it belongs to the linted version. */
function findingOf(server: Server, linted: Linted, diag: Diagnostic): Finding | undefined {
  const same = (f: Finding) => sameRange(f.range, diag.range);
  if (isDiagnosticData(diag.data)) {
    if (!server.diagnosticHolds(linted.doc.uri, diag.data.version, linted.doc.version)) return undefined;
    return linted.result.findings.find((f) => f.id === diag.data.id && same(f));
  }
  // A client that drops `data`: only an exact match of code, range and message is trusted.
  return linted.result.findings.find((f) => String(f.code) === String(diag.code) && f.message === diag.message && same(f));
}

async function quickFixes(server: Server, linted: Linted, diagnostics: Diagnostic[], support: CodeActionSupport): Promise<CodeAction[]> {
  const { doc } = linted;
  const editOf = (fix: Fix) => {
    server.placeholders.offer(doc, fix);
    return versionedEdit(doc, fix.edits, support.documentChanges, support.snippetEdits && fix.placeholder ? { placeholder: fix.placeholder } : undefined);
  };
  const version = doc.version;
  const fixes: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  const docs: CodeAction[] = [];
  // Comments are only allowed where the editor says the language is JSON with comments, and in HCL.
  const comments = doc.languageId === 'jsonc' || /\.jsonc$/i.test(doc.uri) || linted.result.doc?.language === 'terraform';
  const documented = new Set<string>();
  const suppressing = new Set<string>();
  const fixedAllOf = new Set<string>();
  for (const diag of diagnostics) {
    if (diag.source !== SOURCE) continue;
    const finding = findingOf(server, linted, diag);
    if (!finding) continue;
    const offered = finding.fixes ? await finding.fixes(support.network ? QUICK_FIX_ENV : {}) : [];
    // Fixes may wait on DNS: a document changed meanwhile gets nothing rather than edits for the old text.
    if (doc.version !== version) return [];
    const safe = offered.filter((f) => f.kind === 'safe');
    for (const fix of offered) {
      if (fix.edits.length === 0) continue;
      fixes.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        edit: editOf(fix),
        ...(safe.length === 1 && safe[0] === fix ? { isPreferred: true } : {}),
      });
    }
    // Next to the fix, when the file has more of the same: fix them all (source.fixAll stays the whole-file action).
    if (safe.length === 1 && !fixedAllOf.has(finding.id)) {
      fixedAllOf.add(finding.id);
      const same = await sameCodeFixes(linted.result.findings, finding.id);
      if (doc.version !== version) return [];
      if (same) {
        fixes.push({
          title: `Fix all ${finding.code} problems in this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          edit: versionedEdit(doc, same.edits, support.documentChanges),
        });
      }
    }
    if (linted.result.doc) {
      for (const fix of suppressionFixes(linted.result.doc, finding, comments)) {
        // Two findings of one code on one line need one directive, not two identical actions.
        const key = fix.title + JSON.stringify(fix.edits);
        if (suppressing.has(key)) continue;
        suppressing.add(key);
        suppressions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: editOf(fix) });
      }
    }
    if (!documented.has(finding.id)) {
      documented.add(finding.id);
      const title = `Show documentation for ${finding.code}`;
      docs.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diag], command: { title, command: SHOW_DOCUMENTATION_COMMAND, arguments: [finding.docs] } });
    }
  }
  return [...fixes, ...suppressions, ...docs];
}

async function fixAllAction(linted: Linted, support: CodeActionSupport): Promise<CodeAction | undefined> {
  const { doc, result, options } = linted;
  if (!result.findings.some((f) => f.fixes)) return undefined;
  const version = doc.version;
  const text = result.text;
  // No resolver: fix-all applies only safe fixes, and saving a file must never wait on the network.
  const fixed = await fixAll(text, options, {}, result);
  if (doc.version !== version) return undefined;
  const edits = diff(text, fixed.text);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe spectrum-lint problems', kind: FIX_ALL_KIND, edit: versionedEdit(doc, edits, support.documentChanges) };
}
