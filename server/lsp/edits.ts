import type { SnippetTextEdit, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from '../core';
import { snippetOf } from './placeholders';

export function toTextEdits(doc: TextDocument, edits: Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.content }));
}

/**
 * A workspace edit bound to the document version it was computed for, so a client refuses to apply it
 * to any other version. Clients that do not advertise `documentChanges` get the plain form.
 */
export function versionedEdit(doc: TextDocument, edits: Edit[], documentChanges: boolean, snippet?: { placeholder: string }): WorkspaceEdit {
  const textEdits = toTextEdits(doc, edits);
  if (!documentChanges) return { changes: { [doc.uri]: textEdits } };
  const change: TextDocumentEdit = { textDocument: { uri: doc.uri, version: doc.version }, edits: snippet ? withSnippets(textEdits, edits, snippet.placeholder) : textEdits };
  return { documentChanges: [change] };
}

/** LSP 3.18 snippet edits (client capability `workspace.workspaceEdit.snippetEditSupport`): the placeholder is selected. */
function withSnippets(textEdits: TextEdit[], edits: Edit[], placeholder: string): Array<TextEdit | SnippetTextEdit> {
  return textEdits.map((t, i) => {
    const value = snippetOf(edits[i], placeholder);
    return value === undefined ? t : { range: t.range, snippet: { kind: 'snippet', value } };
  });
}
