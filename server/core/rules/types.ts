/** The rule contract: what the engine gives a rule and what a rule gives back. Rules and the engine both import it; it imports neither. */
import type { Node } from 'jsonc-parser';
import type { Severity } from '../catalog';
import type { JsonDocument } from '../document';
import type { FixProvider, RelatedInfo } from '../findings';
import type { Target, TargetKind } from '../kinds/types';
import type { IgnoreEntry } from '../config/types';
import type { AccountContext } from '../context/types';
import type { FileAssociations } from '../detect';
import type { RuleSetting } from '../settings';
import type { WorkspaceIndex } from '../workspace/workspace-index';

export interface LintOptions {
  /** File path, for file-name associations and configuration lookups. */
  path?: string;
  files?: FileAssociations;
  /** Severity override per catalog id. */
  rules?: Record<string, RuleSetting>;
  /** Report JSON syntax errors (the CLI does; editors leave them to their JSON support). */
  syntaxErrors?: boolean;
  maxFileSize?: number;
  /** `ignore` entries of the configuration file, applied after the findings are built (with `// spectrum-lint-disable` directives). */
  ignore?: IgnoreEntry[];
  /** What is known about the Cloudflare account (account-dependent rules stay quiet without it). */
  account?: AccountContext;
  /** The other Spectrum apps, monitors and pools of the workspace, for cross-file checks. */
  workspace?: WorkspaceIndex;
  /**
   * The Cloudflare provider's major version from the `.terraform.lock.hcl` next to a Terraform file
   * (`lockedProviderMajor` reads it): used when the file's `required_providers` names none.
   */
  terraformLockedMajor?: 4 | 5;
  /**
   * The major version another `.tf` or `.tf.json` file of the same folder (the module) declares in its
   * `required_providers` (`declaredProviderMajor` reads one), and that file's name: used when the
   * file's own `required_providers` names none, before the lock file.
   */
  terraformModuleMajor?: { major: 4 | 5; file: string };
}

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
  /** The file name without extension (unique across folders; a test checks it). */
  name: string;
  /** Catalog ids this rule can report: each is in the catalog, and a test fails a rule that reports another. */
  reports: string[];
  /** Kinds of object the rule looks at. */
  kinds: TargetKind[];
  /**
   * `document` when the rule reads other objects (this document's others, the workspace index): it runs
   * on every lint. Other rules read their target alone, so their findings are reused while its text is.
   */
  scope?: 'document';
  /**
   * Each finding is about one field alone (its type, its value among the allowed ones, its name, the
   * provider form it is written in), true whatever the object's other fields are. Only such rules check
   * a part of an object (a Terraform override block, a `PATCH` body: see `Target.partial`).
   */
  fieldByField?: boolean;
  check(ctx: RuleContext): void;
}
