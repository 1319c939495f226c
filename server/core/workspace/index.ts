/** The workspace index: every Spectrum app, monitor and pool across files, for cross-file checks. */
export * from './types';
export { WorkspaceIndex, normalPath } from './workspace-index';
export { summarizeText, summarizeDocument, portsOverlap } from './summarize';
export { buildWorkspaceIndex } from './build';
