/**
 * Custom requests between the VS Code client and the server. Plain names and types only, so the
 * client bundle does not pull in the server's libraries.
 */

/** `spectrumLint/catalog` (no params): every code and check the server knows. */
export const CATALOG_REQUEST = 'spectrumLint/catalog';
/** `spectrumLint/explain` `{ id }`: Markdown for an id, a code ("11044") or a failure reason; null if unknown. */
export const EXPLAIN_REQUEST = 'spectrumLint/explain';
/** Server command (workspace/executeCommand) opening a documentation URL: `arguments: [url]`. */
export const SHOW_DOCUMENTATION_COMMAND = 'spectrumLint.showDocumentation';

export interface CatalogItem {
  id: string;
  code: number | string;
  title: string;
  /** The catalog group: spectrum-api, spectrum-check, lb-api, lb-check, health-check, spectrum-event, tool. */
  group: string;
}

export interface ExplainParams {
  id: string;
}
