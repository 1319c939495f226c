import type { Node } from 'jsonc-parser';
import type { Severity } from '../catalog';
import type { JsonDocument } from '../document';
import type { FixProvider, RelatedInfo } from '../findings';
import type { Target, TargetKind } from '../kinds/types';
import type { LintOptions } from '../lint';

export interface Report {
  /** Catalog id of what is reported. */
  id: string;
  /** The offending node; a property node points at its key. Or give offset/length directly. */
  node?: Node;
  offset?: number;
  length?: number;
  /** One or two sentences: what is wrong with this value, and how to fix it. Never the catalog's text. */
  message: string;
  fixes?: FixProvider;
  related?: RelatedInfo[];
  tags?: Array<'unnecessary' | 'deprecated'>;
  /**
   * Lowers (or raises) the catalog's default severity for this one report, e.g. `information` for an
   * explanation of a saved API response; a user's severity setting for the id still wins.
   */
  severity?: Severity;
}

export interface RuleContext {
  doc: JsonDocument;
  target: Target;
  options: LintOptions;
  report(r: Report): void;
}

export interface Rule {
  /** File name without extension; unique. */
  name: string;
  /** Catalog ids this rule can report (checked against the catalog by a test). */
  reports: string[];
  /** Kinds of object the rule looks at. */
  kinds: TargetKind[];
  /**
   * `document` when the rule reads other objects (this document's others, the workspace index): it runs
   * on every lint. Other rules read their target alone, so their findings are reused while its text is.
   */
  scope?: 'document';
  check(ctx: RuleContext): void;
}
