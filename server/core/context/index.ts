/** Account context: what spectrum-lint knows about the Cloudflare account, and how rules read it. */
export * from './types';
export { validateAccount, normalName, type ContextProblem, type ValidatedContext } from './validate';
export { resolveAccount, loadAccountText, valueOf, type ReadText, type ResolvedAccount, type FileFindings } from './resolve';
export * from './network';
export * from './zones';
export { according, describeContext, formatPullTime } from './source';
export { DEFAULT_CONTEXT_FILE } from './default-file';
export { AccountLoader, resolveConfigAccount, inlineAccountFindings, type ReadTextAsync } from './loader';
