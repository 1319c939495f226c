import assert from 'node:assert/strict';
import { findings } from '../../../helpers';
import type { FixEnv } from '../../../../server/core';

/** Shared pieces of the origin rule tests (not a test file itself). */

export const dns = { type: 'CNAME', name: 'ssh.example.com' };
/** Public addresses, so the private-origin check stays out of the way. */
export const IP4 = '104.16.0.1';
export const IP6 = '2606:4700::1';

/** The same JSON with tab indentation and CRLF line endings. */
export const crlfTabs = (value: unknown) => JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n') + '\r\n';

/** A resolver that answers from a table and never touches the network. */
export const fakeResolver = (table: Record<string, string[]>): FixEnv => ({
  resolve: async (host) => {
    if (host in table) return table[host];
    throw new Error(`ENOTFOUND ${host}`);
  },
});

/** Offsets of the first occurrence of `snippet`. */
export function spanOf(text: string, snippet: string): [number, number] {
  const i = text.indexOf(snippet);
  assert.ok(i >= 0, `${JSON.stringify(snippet)} not in the text`);
  return [i, i + snippet.length];
}

/** Offsets of the whole lines holding `from`..`to`, line breaks included. */
export function linesOf(text: string, from: number, to: number): [number, number] {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const nl = text.indexOf('\n', to);
  return [start, nl < 0 ? text.length : nl + 1];
}

/** Everything before `from` and after `to` (offsets in `before`) is byte-identical in `after`. */
export function assertOnlyChanged(before: string, after: string, from: number, to: number): void {
  assert.equal(after.slice(0, from), before.slice(0, from), 'text before the edited node changed');
  const tail = before.length - to;
  assert.equal(after.slice(after.length - tail), before.slice(to), 'text after the edited node changed');
}

/** CRLF kept everywhere and indentation made of tabs only. */
export function assertCrlfTabs(text: string): void {
  assert.ok(!/[^\r]\n/.test(text), 'a bare LF line ending');
  for (const line of text.split('\r\n')) assert.match(line, /^\t*(?! )/, `indentation is not tabs: ${JSON.stringify(line)}`);
}

/** Ids of the errors and warnings, in document order (information and hints are style, not problems). */
export function problemIds(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => f.id);
}
