import { createHash } from 'node:crypto';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, type Edit, type Finding, type Fix } from '../core';

/** The finding a fresh placeholder would otherwise bring up at once. */
const HIDDEN_ID = 'suppression-without-reason';
/** Offered fixes remembered per document (a menu offers a few; older ones are not "just applied"). */
const KEEP = 16;

interface Offered {
  /** Hash of the document text the fix produces. */
  text: string;
  /** Where the placeholder starts in that text. */
  at: number;
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex');

/**
 * A suppression quick fix inserts a reason placeholder for the user to type over. While the document
 * is exactly what such a fix made of it, the placeholder is not reported as a missing reason; any
 * other change, or the CLI, reports it as before.
 */
export class FreshPlaceholders {
  private readonly offered = new Map<string, Offered[]>();

  /** Remembers what the document will be if the user applies `fix` (computed for `doc`'s text). */
  offer(doc: TextDocument, fix: Fix): void {
    if (!fix.placeholder || fix.edits.length !== 1) return;
    const [edit] = fix.edits;
    const inside = edit.content.indexOf(fix.placeholder);
    if (inside < 0) return;
    const list = this.offered.get(doc.uri) ?? [];
    list.push({ text: hash(applyEdits(doc.getText(), fix.edits)), at: edit.offset + inside });
    this.offered.set(doc.uri, list.slice(-KEEP));
  }

  /** The findings to report: without a missing-reason finding on a placeholder a fix just inserted. */
  filter(doc: TextDocument, findings: Finding[]): Finding[] {
    const list = this.offered.get(doc.uri);
    if (!list || !findings.some((f) => f.id === HIDDEN_ID)) return findings;
    const now = hash(doc.getText());
    const fresh = list.filter((o) => o.text === now);
    if (!fresh.length) return findings;
    return findings.filter((f) => f.id !== HIDDEN_ID || !fresh.some((o) => f.offset <= o.at && o.at <= f.offset + f.length));
  }

  forget(uri: string): void {
    this.offered.delete(uri);
  }
}

/** Snippet text for an edit: the first placeholder becomes tab stop 1, selected and typed over. */
export function snippetOf(edit: Edit, placeholder: string): string | undefined {
  const at = edit.content.indexOf(placeholder);
  if (at < 0) return undefined;
  const esc = (s: string) => s.replace(/[\\$}]/g, (c) => '\\' + c);
  return esc(edit.content.slice(0, at)) + '${1:' + esc(placeholder) + '}' + esc(edit.content.slice(at + placeholder.length));
}
