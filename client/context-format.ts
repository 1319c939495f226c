import type { CloudflareError } from '../server/cloudflare/client';
import { findApiCode } from '../server/core/catalog';

/** Texts of the account-context commands, without the editor API so they can be tested directly. */

/** A failure for people: the API codes with the catalog's title and resolution. Never contains the token. */
export function explainFailure(error: CloudflareError): string {
  const known = error.errors.map((e) => findApiCode(e.code)).filter((e) => e !== undefined);
  return known.length ? `${error.message} (${known.map((e) => `${e!.code} ${e!.title}: ${e!.resolution}`).join(' ')})` : error.message;
}

/** "3 h old", "2 d old". */
export function ageOf(iso: string, now = Date.now()): string | undefined {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  const minutes = Math.max(0, Math.round((now - t) / 60000));
  if (minutes < 60) return `${minutes} min old`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h old`;
  return `${Math.round(hours / 24)} d old`;
}
