import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineStartsOf, shiftLineStarts } from '../core/line-starts';
import { lastAtOrBefore } from '../core/sorted';

/**
 * An open document as `vscode-languageserver-textdocument` keeps it, with the same positions and
 * offsets, but with its line starts in a typed array that an edit moves in one tight pass. The
 * library moves a plain array of numbers element by element, which took 4 ms per keystroke in a
 * 220,000-line dump (10,000 apps); its first edit also read every line of the text again.
 */
export class EditorDocument implements TextDocument {
  private starts: Int32Array | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private ver: number,
    private content: string,
  ) {}

  get version(): number {
    return this.ver;
  }

  get lineCount(): number {
    return this.lines().length;
  }

  getText(range?: Range): string {
    return range ? this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.content;
  }

  positionAt(offset: number): Position {
    const o = Math.max(Math.min(offset, this.content.length), 0);
    const starts = this.lines();
    const line = lastAtOrBefore(starts, o);
    return { line, character: this.beforeBreak(o, starts[line]) - starts[line] };
  }

  offsetAt(p: Position): number {
    const starts = this.lines();
    if (p.line >= starts.length) return this.content.length;
    if (p.line < 0) return 0;
    const start = starts[p.line];
    if (p.character <= 0) return start;
    return this.beforeBreak(Math.min(start + p.character, this.nextStart(p.line)), start);
  }

  getLineRange(line: number): Range {
    const starts = this.lines();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - starts[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const end = this.beforeBreak(this.nextStart(line), starts[line]);
    return { start: { line, character: 0 }, end: { line, character: end - starts[line] } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.lines();
    if (line < 0 || line >= starts.length) return '';
    const next = this.nextStart(line);
    return this.content.substring(this.beforeBreak(next, starts[line]), next);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.content = change.text;
        this.starts = undefined;
        continue;
      }
      const { start, end } = ordered(change.range);
      const from = this.offsetAt(start);
      const to = this.offsetAt(end);
      this.content = this.content.substring(0, from) + change.text + this.content.substring(to);
      this.starts = this.starts && shiftLineStarts(this.starts, this.content, { start: from, oldEnd: to, delta: change.text.length - (to - from) });
    }
    this.ver = version;
  }

  /** Where the line after `line` starts, or the end of the text. */
  private nextStart(line: number): number {
    const starts = this.lines();
    return line + 1 < starts.length ? starts[line + 1] : this.content.length;
  }

  private lines(): Int32Array {
    return (this.starts ??= lineStartsOf(this.content));
  }

  /** An offset inside a line break stands for the end of the line's text, as in the library. */
  private beforeBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isBreak(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

const isBreak = (c: number) => c === 13 || c === 10;

function ordered(r: Range): Range {
  const { start, end } = r;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : r;
}

/** What `TextDocuments` makes and updates its documents with. */
export const EDITOR_DOCUMENTS = {
  create: (uri: string, languageId: string, version: number, content: string) => new EditorDocument(uri, languageId, version, content),
  update(doc: EditorDocument, changes: TextDocumentContentChangeEvent[], version: number): EditorDocument {
    doc.update(changes, version);
    return doc;
  },
};
