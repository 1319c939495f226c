import type { Tree } from 'web-tree-sitter';

/**
 * The parser's tree copied into plain objects in one cursor walk. Each property read of a
 * web-tree-sitter node crosses into WASM and allocates; the front end reads every node several
 * times, so it reads this copy instead (and the WASM tree is freed at once).
 */
export interface SyntaxNode {
  type: string;
  readonly startIndex: number;
  readonly endIndex: number;
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

/**
 * How far the nodes of one top-level item have moved since they were copied. They share it, so a
 * kept item moves in one step however many nodes it has (the root and the body are copied anew).
 */
interface Shift {
  by: number;
}

class Syntax implements SyntaxNode {
  children: SyntaxNode[] = [];
  namedChildren: SyntaxNode[] = [];
  hasError: boolean;
  constructor(
    private readonly source: Source,
    readonly type: string,
    private readonly start: number,
    private readonly end: number,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly shift: Shift,
  ) {
    this.hasError = isMissing || type === 'ERROR';
  }
  get startIndex(): number {
    return this.start + this.shift.by;
  }
  get endIndex(): number {
    return this.end + this.shift.by;
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
    const make = (shift: Shift) => new Syntax(source, cursor.nodeType, cursor.startIndex, cursor.endIndex, cursor.nodeIsNamed, cursor.nodeIsMissing, shift);
    const root = make({ by: 0 });
    const stack: Syntax[] = [root];
    /** Whether the node at the cursor is an item of the top-level body (config_file > body > item). */
    const topItem = () => stack.length === 2 && stack[1]!.type === 'body' && stack[0] === root;
    /** Adds the node at the cursor to `parent`; true when it needs a walk of its own children. */
    const add = (parent: Syntax): boolean => {
      const item = topItem();
      const kept = item && reuse ? reuse(cursor.nodeType, cursor.startIndex, cursor.endIndex) : undefined;
      // A top-level item gets a shift of its own: a later version that keeps it moves it in one step.
      const child = kept ?? make(item ? { by: 0 } : parent.shift);
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

/** Moves a kept top-level item (a node `copyTree` made one) and everything below it by `delta`. */
export function moveSyntax(item: SyntaxNode, delta: number): void {
  (item as Syntax).shift.by += delta;
}
