/**
 * The account-context request between the VS Code client and the server. Plain names and types only,
 * so the client bundle does not pull in the server's libraries.
 */

/** `spectrumLint/contextInfo` `{ uri }`: the account context that applies to a document, or null. */
export const CONTEXT_INFO_REQUEST = 'spectrumLint/contextInfo';

export interface ContextInfoParams {
  uri: string;
}

export interface ContextInfo {
  /** The file holding the context: a context file, or the configuration file with an inline `account`. */
  path?: string;
  /** The configuration file that names it, when there is one. */
  configPath?: string;
  /** ISO time of the pull, for contexts written by a pull. */
  pulledAt?: string;
  /** Short text for a status display: "spectrum-lint.account.json, pulled 2026-11-22 10:00 UTC". */
  description: string;
  /** Parts that are known, e.g. ["plan", "routes", "spectrum_apps"]. */
  parts: string[];
  /** Number of Spectrum apps, monitors and pools in the workspace index. */
  indexed: number;
}
