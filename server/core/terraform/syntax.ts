import type { Tree } from 'web-tree-sitter';

/**
 * The parser's tree copied into plain objects in one cursor walk. Each property read of a
 * web-tree-sitter node crosses into WASM and allocates; the front end reads every node several
 * times, so it reads this copy instead (and the WASM tree is freed at once).
 */
export interface SyntaxNode {
  type: string;
  startIndex: number;
  endIndex: number;
  isNamed: boolean;
  isMissing: boolean;
  isError: boolean;
  /** This node or one below it is an ERROR or MISSING node. */
  hasError: boolean;
  children: SyntaxNode[];
  namedChildren: SyntaxNode[];
  readonly text: string;
  readonly childCount: number;
  readonly namedChildCount: number;
}

class Syntax implements SyntaxNode {
  children: SyntaxNode[] = [];
  namedChildren: SyntaxNode[] = [];
  hasError: boolean;
  constructor(
    private readonly source: string,
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
  ) {
    this.hasError = isMissing || type === 'ERROR';
  }
  get isError(): boolean {
    return this.type === 'ERROR';
  }
  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }
  get childCount(): number {
    return this.children.length;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
}

/** The whole tree as plain objects (iteratively: a deep text never deepens the stack). */
export function copyTree(tree: Tree, source: string): SyntaxNode {
  const cursor = tree.walk();
  try {
    const make = () => new Syntax(source, cursor.nodeType, cursor.startIndex, cursor.endIndex, cursor.nodeIsNamed, cursor.nodeIsMissing);
    const root = make();
    const stack: Syntax[] = [root];
    for (;;) {
      if (cursor.gotoFirstChild()) {
        const child = make();
        const parent = stack[stack.length - 1]!;
        parent.children.push(child);
        if (child.isNamed) parent.namedChildren.push(child);
        stack.push(child);
        continue;
      }
      for (;;) {
        const done = stack.pop()!;
        const parent = stack[stack.length - 1];
        if (parent && done.hasError) parent.hasError = true;
        if (!parent) return root;
        if (cursor.gotoNextSibling()) {
          const sib = make();
          parent.children.push(sib);
          if (sib.isNamed) parent.namedChildren.push(sib);
          stack.push(sib);
          break;
        }
        cursor.gotoParent();
      }
    }
  } finally {
    cursor.delete();
  }
}
