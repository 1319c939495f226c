/** The pure core: text (+ options) in, findings, fixes, hovers and completions out. No editor, no connection. */
export { analyze, lint, lintInSlices, releaseAnalysis, type Analysis, type LintOptions, type LintResult, type RuleError } from './lint';
export { CATALOG, entry, findEntry, lookup, findApiCode, findFailureReason } from './catalog';
export type { CatalogEntry, CatalogGroup, Severity, Detection } from './catalog';
export type { Finding, Fix, FixEnv, FixKind, FixProvider, RelatedInfo } from './findings';
export { JsonDocument, type Position, type Range } from './document';
export { applyEdits, type Edit } from './edit';
export { RULES } from './rules';
export type { Rule } from './rules/types';
export type { RuleSetting } from './settings';
export { DETECTORS, type FileAssociations, type Target, type TargetKind } from './detect';
export { fixAll } from './fix-all';
export { ObjectCache } from './object-cache';
export * from './config';
export { applySuppressions, parseDirectives, suppressionFixes, unusedIgnoreFindings, ignoreMatches, ignoreCoversFile, DIRECTIVE, REASON_PLACEHOLDER, type Directive, type Suppressed } from './suppress';
export { initTerraform, terraformReady } from './terraform/parser';
export { declaredProviderMajor, lockedProviderMajor } from './terraform/front-end';
export { isTerraformPath, isTerraformJsonPath } from './terraform/document';
