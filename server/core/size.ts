/** Sizes as users write them: a whole number of bytes, or with a `k` (KiB) or `M` (MiB) suffix. */
const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 * 1024 };

/** Smallest accepted document limit: below it even a single small app would be skipped. */
export const MIN_FILE_SIZE = 1024;

/** `"64M"`, `"512k"`, `"67108864"` or a number; undefined for anything else (fractions, negatives, other units). */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+)\s*([kKmM]?)\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]) * UNITS[m[2].toLowerCase()];
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** `67108864` → "64 MB", for messages. */
export function formatSize(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return n % 1024 === 0 ? `${n / 1024} kB` : `${n} bytes`;
}
