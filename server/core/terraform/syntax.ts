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

/**
 * The text the nodes of one copy read from. A version made from the previous one takes the holder over
 * (with the nodes it keeps) and puts its own text in: no kept node needs a walk to see the new text.
 */
export interface Source {
  text: string;
}

class Syntax implements SyntaxNode {
  children: SyntaxNode[] = [];
  namedChildren: SyntaxNode[] = [];
  hasError: boolean;
  constructor(
    private readonly source: Source,
    readonly type: string,
    public startIndex: number,
    public endIndex: number,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
  ) {
    this.hasError = isMissing || type === 'ERROR';
  }
  get isError(): boolean {
    return this.type === 'ERROR';
  }
  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex);
  }
  get childCount(): number {
    return this.children.length;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
}

/**
 * Gives a node of the previous version's copy to stand for the subtree at the cursor (a top-level item
 * the edit left alone), already moved to the new text; undefined copies it from the parser's tree.
 */
export type Reuse = (type: string, startIndex: number, endIndex: number) => SyntaxNode | undefined;

/**
 * The whole tree as plain objects (iteratively: a deep text never deepens the stack). With `reuse`, each
 * item of the top-level body is offered to it first, and one it gives is taken without a walk below.
 */
export function copyTree(tree: Tree, source: Source, reuse?: Reuse): SyntaxNode {
  const cursor = tree.walk();
  try {
    const make = () => new Syntax(source, cursor.nodeType, cursor.startIndex, cursor.endIndex, cursor.nodeIsNamed, cursor.nodeIsMissing);
    const root = make();
    const stack: Syntax[] = [root];
    /** Whether the node at the cursor is an item of the top-level body (config_file > body > item). */
    const topItem = () => reuse !== undefined && stack.length === 2 && stack[1]!.type === 'body' && stack[0] === root;
    /** Adds the node at the cursor to `parent`; true when it needs a walk of its own children. */
    const add = (parent: Syntax): boolean => {
      const kept = topItem() ? reuse!(cursor.nodeType, cursor.startIndex, cursor.endIndex) : undefined;
      const child = kept ?? make();
      parent.children.push(child);
      if (child.isNamed) parent.namedChildren.push(child);
      if (kept) {
        if (kept.hasError) parent.hasError = true;
        return false;
      }
      stack.push(child as Syntax);
      return true;
    };
    let descend = true;
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        descend = add(stack[stack.length - 1]!);
        continue;
      }
      // The node at the cursor is done (a kept one was never pushed): climb to the next sibling.
      for (;;) {
        if (descend) {
          const done = stack.pop()!;
          const parent = stack[stack.length - 1];
          if (parent && done.hasError) parent.hasError = true;
          if (!parent) return root;
        }
        if (cursor.gotoNextSibling()) {
          descend = add(stack[stack.length - 1]!);
          break;
        }
        cursor.gotoParent();
        descend = true;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Moves a kept subtree by `delta` (iteratively). */
export function moveSyntax(node: SyntaxNode, delta: number): void {
  const stack: SyntaxNode[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    const s = n as Syntax;
    s.startIndex += delta;
    s.endIndex += delta;
    for (let i = 0; i < n.children.length; i++) stack.push(n.children[i]!);
  }
}
