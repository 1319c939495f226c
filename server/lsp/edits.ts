import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from '../core';

export function toTextEdits(doc: TextDocument, edits: Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.content }));
}

/**
 * A workspace edit bound to the document version it was computed for, so a client refuses to apply it
 * to any other version. Clients that do not advertise `documentChanges` get the plain form.
 */
export function versionedEdit(doc: TextDocument, edits: Edit[], documentChanges: boolean): WorkspaceEdit {
  const textEdits = toTextEdits(doc, edits);
  if (!documentChanges) return { changes: { [doc.uri]: textEdits } };
  const change: TextDocumentEdit = { textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits };
  return { documentChanges: [change] };
}
