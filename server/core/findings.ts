import type { Severity } from './catalog';
import type { Range } from './document';
import type { Edit } from './edit';

/**
 * safe: a single unambiguous repair; fix-all applies it.
 * choice: one of several valid repairs; the user picks.
 * placeholder: a repair that leaves a value the user must still edit.
 */
export type FixKind = 'safe' | 'choice' | 'placeholder';

export interface Fix {
  title: string;
  edits: Edit[];
  kind: FixKind;
  /** Text in the edit that the user types over (a suppression's reason): a snippet tab stop where the editor has them. */
  placeholder?: string;
}

/** What fixes may use from outside the document: injected so tests never touch the network. */
export interface FixEnv {
  /** Resolves a hostname to IP addresses (A and AAAA); rejects or returns [] when nothing resolves. */
  resolve?: (hostname: string) => Promise<string[]>;
  /**
   * Only `safe` fixes are wanted (fix-all): the engine may leave out the others before it writes and
   * checks them, which in a Terraform file means parsing each fixed resource block.
   */
  safeOnly?: boolean;
}

export type FixProvider = (env: FixEnv) => Fix[] | Promise<Fix[]>;

export interface RelatedInfo {
  message: string;
  /** Another file; absent for the same document. */
  path?: string;
  range: Range;
}

export interface Finding {
  /** Catalog id. */
  id: string;
  /** LSP `code`: the Cloudflare number, or the check id. */
  code: number | string;
  severity: Severity;
  /** What is wrong with this value and how to fix it, in plain text (see plain-text.ts). */
  message: string;
  range: Range;
  offset: number;
  length: number;
  /** JSON pointer of the offending node. */
  pointer: string;
  docs: string;
  related?: RelatedInfo[];
  tags?: Array<'unnecessary' | 'deprecated'>;
  /** Computed on demand (code actions, fix-all), never during linting. */
  fixes?: FixProvider;
}
