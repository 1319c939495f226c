import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionParams,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, type CompletionEntry } from '../core/completion';
import type { Server } from './server';

export const TRIGGER_CHARACTERS = ['"', ':'];

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

/** Field names, enum values and whole-object snippets from the field schemas (the core decides what fits). */
export function registerCompletion(server: Server, snippetSupport: boolean): void {
  server.connection.onCompletion(
    server.guard('textDocument/completion', [] as CompletionItem[], async (params: CompletionParams) => {
      const doc = server.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const analyzed = await server.analyze(doc);
      if (!analyzed) return [];
      const entries = complete(analyzed.analysis, analyzed.doc.offsetAt(params.position), { files: analyzed.options.files });
      return entries.map((e) => toItem(analyzed.doc, e, snippetSupport));
    }),
  );
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

/** A snippet as plain text for clients without snippet support: placeholders keep their default text. */
export function plainText(snippet: string): string {
  let out = snippet;
  // Innermost first, until no placeholder is left: ${1:x} -> x, ${1|a,b|} -> a, $1 / ${1} -> ''.
  for (let i = 0; i < 10; i++) {
    const next = out
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
    if (next === out) break;
    out = next;
  }
  return out.replace(/\\([$}\\])/g, '$1');
}
