import { commands, Disposable, EventEmitter, Uri, window, workspace, type TextDocumentContentProvider } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CATALOG_REQUEST, EXPLAIN_REQUEST, type CatalogItem, type ExplainParams } from '../server/lsp/protocol';

const SCHEME = 'spectrum-lint-explain';

const GROUP_LABEL: Record<string, string> = {
  'spectrum-api': 'Spectrum API error',
  'spectrum-check': 'Spectrum check',
  'lb-api': 'Load Balancing API error',
  'lb-check': 'Load Balancing check',
  'health-check': 'Health-check failure reason',
  'spectrum-event': 'Spectrum event status',
  tool: 'spectrum-lint',
};

/**
 * "Spectrum Lint: Explain error code...": a quick pick over the server's catalog, then the entry's
 * Markdown in a preview. The Markdown is served as a read-only virtual document, so nothing is left
 * unsaved when the preview closes. Accepts an id as argument (e.g. from a hover link) to skip the pick.
 */
export function registerExplain(getClient: () => LanguageClient): Disposable {
  const pages = new Map<string, string>();
  const changed = new EventEmitter<Uri>();
  const provider: TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: (uri) => pages.get(uri.path) ?? '' };

  const explain = async (arg?: unknown) => {
    const client = getClient();
    let id = typeof arg === 'string' || typeof arg === 'number' ? String(arg) : undefined;
    if (!id) {
      const catalog = await client.sendRequest<CatalogItem[]>(CATALOG_REQUEST);
      const pick = await window.showQuickPick(
        catalog.map((e) => ({
          label: String(e.code) === e.title ? e.title : `${e.code}`,
          description: String(e.code) === e.title ? undefined : e.title,
          detail: GROUP_LABEL[e.group] ?? e.group,
          id: e.id,
        })),
        { title: 'Explain a Cloudflare code or spectrum-lint check', placeHolder: 'Type a code (11002), a check or a failure reason', matchOnDescription: true, matchOnDetail: true },
      );
      if (!pick) return;
      id = pick.id;
    }
    const params: ExplainParams = { id };
    const markdown = await client.sendRequest<string | null>(EXPLAIN_REQUEST, params);
    if (!markdown) {
      void window.showWarningMessage(`Spectrum Lint does not know the code "${id}".`);
      return;
    }
    const path = `/${id.replace(/[^\w.-]+/g, '-')}.md`;
    pages.set(path, markdown);
    const uri = Uri.from({ scheme: SCHEME, path });
    changed.fire(uri);
    await commands.executeCommand('markdown.showPreview', uri);
  };

  return Disposable.from(
    workspace.registerTextDocumentContentProvider(SCHEME, provider),
    changed,
    commands.registerCommand('spectrumLint.explain', explain),
  );
}
