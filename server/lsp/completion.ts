import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionParams,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, VALUE_TRIGGERS, type CompletionEntry } from '../core/completion';
import type { Server } from './server';

export const TRIGGER_CHARACTERS = ['"', ':', ...VALUE_TRIGGERS];

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  // A whole object, the kind VS Code's JSON support gives "Empty object": VS Code ranks Snippet-kind
  // items by a setting of their own (after the others in executeCompletionItemProvider).
  snippet: CompletionItemKind.Module,
};

/** Field names, enum values and whole-object snippets from the field schemas (the core decides what fits). */
export function registerCompletion(server: Server, snippetSupport: boolean): void {
  server.connection.onCompletion(
    server.guard('textDocument/completion', [] as CompletionItem[], async (params: CompletionParams) => {
      const doc = server.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const analyzed = await server.analyze(doc);
      if (!analyzed) return [];
      const { files, path, terraformLockedMajor, terraformModuleMajor } = analyzed.options;
      const trigger = params.context?.triggerCharacter;
      const entries = complete(analyzed.analysis, analyzed.doc.offsetAt(params.position), { files, path, terraformLockedMajor, terraformModuleMajor, ...(trigger ? { trigger } : {}) });
      return entries.map((e, i) => ({ ...toItem(analyzed.doc, e, snippetSupport), ...rank(e, i) }));
    }),
  );
}

/**
 * The core's order, ahead of what other providers offer at the same spot (VS Code's JSON support adds
 * "Empty object" and "Empty array", which sort by label): digits sort before letters. A snippet
 * that opens the list is preselected.
 */
function rank(e: CompletionEntry, i: number): Pick<CompletionItem, 'sortText' | 'preselect'> {
  return { sortText: String(i).padStart(4, '0'), ...(i === 0 && e.kind === 'snippet' ? { preselect: true } : {}) };
}

function toItem(doc: TextDocument, e: CompletionEntry, snippetSupport: boolean): CompletionItem {
  const snippet = e.snippet === true && snippetSupport;
  const text = e.snippet && !snippetSupport ? plainText(e.insertText) : e.insertText;
  return {
    label: e.label,
    kind: KIND[e.kind],
    ...(e.detail ? { detail: e.detail } : {}),
    ...(e.documentation ? { documentation: { kind: MarkupKind.Markdown, value: e.documentation } } : {}),
    ...(e.filterText ? { filterText: e.filterText } : {}),
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(e.replace
      ? { textEdit: { range: { start: doc.positionAt(e.replace.offset), end: doc.positionAt(e.replace.offset + e.replace.length) }, newText: text } }
      : { insertText: text }),
  };
}

/** A snippet as plain text for clients without snippet support: placeholders, and their mirrors, keep their default text. */
export function plainText(snippet: string): string {
  let i = 0;
  const defaults = new Map<string, string>();
  // Reads text until `stop` (a closing brace of a placeholder) or the end, expanding placeholders.
  const read = (stop: string | undefined): string => {
    let out = '';
    while (i < snippet.length) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < snippet.length) {
        out += snippet[i + 1];
        i += 2;
      } else if (stop !== undefined && c === stop) {
        return out;
      } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
        const n = /^\d+/.exec(snippet.slice(i + 1))![0];
        out += defaults.get(n) ?? '';
        i += 1 + n.length;
      } else if (c === '$' && snippet[i + 1] === '{') {
        const m = /^\$\{(\d+)(:|\||\})/.exec(snippet.slice(i));
        if (!m) {
          out += c;
          i++;
          continue;
        }
        i += m[0].length;
        let value = '';
        if (m[2] === ':') {
          value = read('}');
          i++;
        } else if (m[2] === '|') {
          const end = snippet.indexOf('|}', i);
          const choices = snippet.slice(i, end < 0 ? snippet.length : end);
          value = choices.split(',')[0]!;
          i = end < 0 ? snippet.length : end + 2;
        }
        if (!defaults.has(m[1]!)) defaults.set(m[1]!, value);
        out += value;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  return read(undefined);
}
