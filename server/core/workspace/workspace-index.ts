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
  /** Bumped on every change. */
  private version = 0;
  /** Changes per file: what a file's own edits contributed to `version`. */
  private readonly ownChanges = new Map<string, number>();
  /** `files(except)` and its flattened lists for the current version: rules ask once per object. */
  private readonly others = new Map<string, { files: FileSummary[]; apps?: AppSummary[]; monitors?: MonitorSummary[]; pools?: PoolSummary[] }>();

  set(summary: FileSummary): boolean {
    const path = normalPath(summary.path);
    const old = this.byPath.get(path);
    if (old && JSON.stringify(old) === JSON.stringify({ ...summary, path })) return false;
    this.byPath.set(path, { ...summary, path });
    this.changed(path);
    return true;
  }

  delete(path: string): boolean {
    const p = normalPath(path);
    const removed = this.byPath.delete(p);
    if (removed) this.changed(p);
    return removed;
  }

  /**
   * Changes to every file but `path`. A document's findings read only the other files, so its lint
   * is current while this stamp stays the same, however often its own entry changes.
   */
  stampExcept(path: string): number {
    return this.version - (this.ownChanges.get(normalPath(path)) ?? 0);
  }

  private changed(path: string): void {
    this.version++;
    this.ownChanges.set(path, (this.ownChanges.get(path) ?? 0) + 1);
    this.others.clear();
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
    return this.othersOf(except).files;
  }

  apps(except?: string): AppSummary[] {
    const o = this.othersOf(except);
    return (o.apps ??= o.files.flatMap((f) => f.apps));
  }

  monitors(except?: string): MonitorSummary[] {
    const o = this.othersOf(except);
    return (o.monitors ??= o.files.flatMap((f) => f.monitors));
  }

  pools(except?: string): PoolSummary[] {
    const o = this.othersOf(except);
    return (o.pools ??= o.files.flatMap((f) => f.pools));
  }

  private othersOf(except: string | undefined) {
    const skip = except === undefined ? '' : normalPath(except);
    let o = this.others.get(skip);
    if (!o) this.others.set(skip, (o = { files: [...this.byPath.values()].filter((f) => f.path !== skip) }));
    return o;
  }
}
