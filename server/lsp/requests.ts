import { RequestType } from 'vscode-languageserver/node';
import { CATALOG, type CatalogGroup } from '../core';
import { explainMarkdown, resolveEntry } from '../core/explain';
import { SHOW_DOCUMENTATION } from './code-actions';
import type { Server } from './server';

/** One catalog entry as the client's "Explain error code..." picker lists it. */
export interface CatalogItem {
  id: string;
  code: number | string;
  title: string;
  group: CatalogGroup;
}

/** `spectrumLint/catalog`: every code and check the server knows. */
export const CatalogRequest = new RequestType<void, CatalogItem[], void>('spectrumLint/catalog');
/** `spectrumLint/explain`: the Markdown explanation of an id, a code ("11044") or a failure reason; null if unknown. */
export const ExplainRequest = new RequestType<{ id: string }, string | null, void>('spectrumLint/explain');

export const COMMANDS = [SHOW_DOCUMENTATION];

export function registerRequests(server: Server, showDocumentSupport: boolean): void {
  const { connection } = server;
  connection.onRequest(
    CatalogRequest,
    server.guard('spectrumLint/catalog', [] as CatalogItem[], () => CATALOG.map((e) => ({ id: e.id, code: e.code, title: e.title, group: e.group }))),
  );
  connection.onRequest(
    ExplainRequest,
    server.guard('spectrumLint/explain', null, (params: { id: string } | undefined) => {
      const query = params && (typeof params.id === 'string' || typeof params.id === 'number') ? String(params.id) : '';
      const id = resolveEntry(query)?.id;
      return (id && explainMarkdown(id)) ?? null;
    }),
  );
  connection.onExecuteCommand(
    server.guard('workspace/executeCommand', null, async (params) => {
      if (params.command !== SHOW_DOCUMENTATION) return null;
      const url = params.arguments?.[0];
      // Only documentation links: a command argument must never open an arbitrary URI.
      if (typeof url !== 'string' || !/^https:\/\//.test(url)) return null;
      if (showDocumentSupport) {
        const shown = await connection.window.showDocument({ uri: url, external: true });
        if (shown.success) return null;
      }
      connection.window.showInformationMessage(`Documentation: ${url}`);
      return null;
    }),
  );
}
