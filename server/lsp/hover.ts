import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { hover } from '../core/hover';
import type { Server } from './server';

/** Markdown from the catalog and field schemas for what is under the cursor (the core decides what). */
export function registerHover(server: Server): void {
  server.connection.onHover(
    server.guard('textDocument/hover', null, async (params: HoverParams): Promise<Hover | null> => {
      const doc = server.documents.get(params.textDocument.uri);
      if (!doc) return null;
      const linted = await server.lint(doc);
      if (!linted) return null;
      const h = hover(linted.result, linted.doc.offsetAt(params.position));
      if (!h) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: h.markdown },
        range: { start: linted.doc.positionAt(h.offset), end: linted.doc.positionAt(h.offset + h.length) },
      };
    }),
  );
}
