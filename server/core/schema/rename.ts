import type { Node } from 'jsonc-parser';
import type { Fix, FixProvider } from '../findings';

/**
 * What to say and offer for an unknown key, given the documented names close to it: a "did you mean"
 * hint, and a rename per candidate (safe when there is exactly one).
 */
export function renameSuggestion(key: Node, close: string[]): { hint: string; fixes?: FixProvider } {
  if (!close.length) return { hint: ' Check the spelling or remove it.' };
  const rename = (to: string, kind: Fix['kind']): Fix => ({
    title: `Rename to ${to}`,
    kind,
    // A key is a JSON string: replacing just its text keeps the value, comments and formatting.
    edits: [{ offset: key.offset, length: key.length, content: JSON.stringify(to) }],
  });
  return {
    hint: ` Did you mean ${close.map((c) => `\`${c}\``).join(' or ')}?`,
    fixes: () => (close.length === 1 ? [rename(close[0], 'safe')] : close.map((c) => rename(c, 'choice'))),
  };
}
