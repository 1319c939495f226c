import type { AppSummary, FileSummary, MonitorSummary, PoolSummary } from './types';

/** Paths compare with forward slashes, so an index built on Windows matches the paths rules see. */
export const normalPath = (p: string) => p.replace(/\\/g, '/');

/**
 * Summaries of every Spectrum application, monitor and pool of the workspace, one entry per file.
 * Rules compare the document being linted with the other files through it; the document's own
 * entry is ignored then (its current text is summarised afresh, so unsaved edits count).
 */
export class WorkspaceIndex {
  private readonly byPath = new Map<string, FileSummary>();
  /** Bumped on every change, so callers can tell whether to re-lint. */
  version = 0;

  set(summary: FileSummary): boolean {
    const path = normalPath(summary.path);
    const old = this.byPath.get(path);
    if (old && JSON.stringify(old) === JSON.stringify({ ...summary, path })) return false;
    this.byPath.set(path, { ...summary, path });
    this.version++;
    return true;
  }

  delete(path: string): boolean {
    const removed = this.byPath.delete(normalPath(path));
    if (removed) this.version++;
    return removed;
  }

  get(path: string): FileSummary | undefined {
    return this.byPath.get(normalPath(path));
  }

  has(path: string): boolean {
    return this.byPath.has(normalPath(path));
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  get size(): number {
    return this.byPath.size;
  }

  /** Every file but `except` (the document being linted). */
  files(except?: string): FileSummary[] {
    const skip = except === undefined ? undefined : normalPath(except);
    return [...this.byPath.values()].filter((f) => f.path !== skip);
  }

  apps(except?: string): AppSummary[] {
    return this.files(except).flatMap((f) => f.apps);
  }

  monitors(except?: string): MonitorSummary[] {
    return this.files(except).flatMap((f) => f.monitors);
  }

  pools(except?: string): PoolSummary[] {
    return this.files(except).flatMap((f) => f.pools);
  }
}
