import { checksOf, type CatalogEntry } from './types';

const README = 'https://github.com/spectrum-lint/spectrum-lint#';

const tool = checksOf('tool');

/** Diagnostics about the document or about spectrum-lint's own directives and configuration. */
export const TOOL_CHECKS: CatalogEntry[] = [
  tool({
    id: 'json-syntax',
    title: 'JSON syntax error',
    cause: 'The document is not valid JSON (or JSONC), so the API would reject it before any validation.',
    resolution: 'Fix the syntax at the reported position.',
    docs: README + 'json-syntax',
    severity: 'error',
  }),
  tool({
    id: 'terraform-syntax',
    title: 'HCL syntax error',
    cause: 'The Terraform file does not parse as HCL, so Terraform would reject it before planning.',
    resolution: 'Fix the syntax at the reported position (`terraform fmt` reports it too).',
    docs: README + 'terraform-syntax',
    severity: 'error',
  }),
  tool({
    id: 'document-skipped',
    title: 'Document not checked',
    cause: 'The document is too large or too deeply nested to check quickly, or it is not text.',
    resolution: 'For a large document, raise the limit (`spectrumLint.maxFileSize`, `maxFileSize` in `spectrum-lint.config.json`, or `--max-file-size` on the command line) if it really is a configuration file, or split it. Flatten a deeply nested one (the API\'s objects nest a few levels). Leave a file that is not text out of the lint.',
    docs: README + 'document-skipped',
    severity: 'warning',
  }),
  tool({
    id: 'suppression-without-reason',
    title: 'Suppression without a reason',
    cause: 'A `spectrum-lint-disable` directive or an `ignore` entry must say why the finding is accepted.',
    resolution: 'Add the reason after ` -- `, for example `// spectrum-lint-disable-next-line 11002 -- migrated next sprint`.',
    docs: README + 'suppressing-a-finding',
    severity: 'warning',
  }),
  tool({
    id: 'unused-suppression',
    title: 'Suppression that suppresses nothing',
    cause: 'The directive or `ignore` entry matches no finding, so it is stale or misspelled.',
    resolution: 'Remove it, or correct the code or pointer it names.',
    docs: README + 'suppressing-a-finding',
    severity: 'warning',
  }),
  tool({
    id: 'config-invalid',
    title: 'Invalid spectrum-lint configuration',
    cause: 'A value in `spectrum-lint.config.json` (or the account context file it names) has the wrong shape, so it is ignored.',
    resolution: 'Correct the value to the documented shape (see `schemas/spectrum-lint.config.schema.json`).',
    docs: README + 'configuration',
    severity: 'warning',
  }),
];
