/**
 * The document-status notification between the server and the VS Code client. Plain names and types
 * only, so the client bundle does not pull in the server's libraries.
 */

/**
 * `spectrumLint/documentStatus` (server to client): what a document was taken for, sent after each new
 * lint to a client that set `initializationOptions.documentStatus` to true.
 */
export const DOCUMENT_STATUS_NOTIFICATION = 'spectrumLint/documentStatus';

export interface DocumentStatus {
  uri: string;
  /** The document version the status was computed from. */
  version: number;
  /** For people: "Spectrum apps: 12", "Load Balancing pool", "not a Spectrum or LB document". */
  summary: string;
  /** Objects found per kind (spectrum-app, monitor, pool, load-balancer, error-envelope, health-events, pool-health). */
  kinds: Record<string, number>;
  /** Why the document was not checked (e.g. "it is 5.2 MB, above the 4.0 MB limit"), when it was not. */
  skipped?: string;
  /** Problems shown for the document. */
  problems: number;
  /** The account context that applies, when there is one. */
  context?: {
    /** The file holding it (a context file, or a configuration file with an inline `account`). */
    path?: string;
    /** "spectrum-lint.account.json, pulled 2026-11-22 10:00 UTC". */
    description: string;
    pulledAt?: string;
  };
}
