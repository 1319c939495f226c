import { RequestType, RequestType0 } from 'vscode-languageserver/node';
import { CATALOG } from '../core';
import { explainMarkdown, resolveEntry } from '../core/explain';
import { CATALOG_REQUEST, EXPLAIN_REQUEST, SHOW_DOCUMENTATION_COMMAND, type CatalogItem, type ExplainParams } from './protocol';
import type { Server } from './server';

// No params: VS Code's client sends the request without a `params` member.
const CatalogRequest = new RequestType0<CatalogItem[], void>(CATALOG_REQUEST);
const ExplainRequest = new RequestType<ExplainParams, string | null, void>(EXPLAIN_REQUEST);

/** Commands the server executes (the client forwards them with workspace/executeCommand). */
export const COMMANDS = [SHOW_DOCUMENTATION_COMMAND];

export function registerRequests(server: Server, showDocumentSupport: boolean): void {
  const { connection } = server;
  connection.onRequest(
    CatalogRequest,
    server.guard('spectrumLint/catalog', [] as CatalogItem[], () => CATALOG.map((e) => ({ id: e.id, code: e.code, title: e.title, group: e.group }))),
  );
  connection.onRequest(
    ExplainRequest,
    server.guard('spectrumLint/explain', null, (params: ExplainParams | undefined) => {
      const query = params && (typeof params.id === 'string' || typeof params.id === 'number') ? String(params.id) : '';
      const id = resolveEntry(query)?.id;
      return (id && explainMarkdown(id)) ?? null;
    }),
  );
  connection.onExecuteCommand(
    server.guard('workspace/executeCommand', null, async (params) => {
      if (params.command !== SHOW_DOCUMENTATION_COMMAND) return null;
      const url = params.arguments?.[0];
      // Only documentation links: a command argument must never open an arbitrary URI.
      if (typeof url !== 'string' || !/^https:\/\//.test(url)) return null;
      if (showDocumentSupport) {
        // success false: the user cancelled (or the client could not open it, and said so); no message on top.
        await connection.window.showDocument({ uri: url, external: true });
        return null;
      }
      // Not awaited: the user may leave the message open as long as they like.
      void connection.window.showInformationMessage(`Documentation: ${url}`);
      return null;
    }),
  );
}
