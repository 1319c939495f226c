import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { declaredProviderMajor } from '../core';
import { isTerraformFile, setOpenDeclaration } from '../node/terraform';
import { pathOf } from './documents';
import type { Server } from './server';

/**
 * An open Terraform file's `required_providers` counts for the other files of its module with its
 * editor text, as an open app file counts for the cross-file checks: typing `~> 5.0` in `versions.tf`
 * re-checks `main.tf` before the save. The declaration is read from each lint's model (a file that
 * names no checked resource has none: its text is read, which only one with `required_providers` needs).
 * `changed` makes every document's options again.
 */
export function trackOpenDeclarations(server: Server, documents: TextDocuments<TextDocument>, changed: () => void): void {
  // The version of each document last read: a lint is handed to listeners on every pull, also when it is the cached one.
  const read = new Map<string, number>();
  server.lintListeners.push(({ doc, result }) => {
    const path = pathOf(doc.uri);
    if (!path || !doc.uri.startsWith('file:') || !isTerraformFile(path) || read.get(doc.uri) === doc.version) return;
    read.set(doc.uri, doc.version);
    const version = result.doc?.terraform?.version;
    const major = version ? (version.declared ? version.major : undefined) : declaredProviderMajor(doc.getText(), path);
    if (setOpenDeclaration(path, major)) changed();
  });
  documents.onDidClose(({ document }) => {
    read.delete(document.uri);
    const path = pathOf(document.uri);
    if (path && isTerraformFile(path) && setOpenDeclaration(path, undefined, false)) changed();
  });
}
