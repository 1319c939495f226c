import type { FileSummary } from './types';
import { summaryMaps, type SummaryMaps } from './summary-maps';

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
  /** Every file's objects by what cross-file checks look them up by; built once per change. */
  private maps: SummaryMaps | undefined;

  set(summary: FileSummary): boolean {
    const path = normalPath(summary.path);
    const old = this.byPath.get(path);
    if (old && sameData(old, { ...summary, path })) return false;
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
    this.maps = undefined;
  }

  /**
   * The objects of every file but `except` with a given key: a look-up in maps built once per change,
   * never a walk over the other files (the CLI asks for each of thousands of files).
   */
  find<K extends keyof SummaryMaps>(map: K, key: string, except?: string): SummaryMaps[K] extends Map<string, infer V> ? V : never {
    this.maps ??= summaryMaps(this.byPath.values());
    const found = (this.maps[map].get(key) ?? []) as Array<{ path: string }>;
    const skip = except === undefined ? undefined : normalPath(except);
    return (skip === undefined || !found.some((o) => o.path === skip) ? found : found.filter((o) => o.path !== skip)) as never;
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

  /** Every file. */
  files(): FileSummary[] {
    return [...this.byPath.values()];
  }

}

/** Deep equality of plain data (what summaries are made of), stopping at the first difference. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
