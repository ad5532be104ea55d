/**
 * Turns a textblock's flat inline content (text and hard breaks, each with its
 * own mark set, as ProseMirror stores it) into a tree of nested mark spans, so
 * serializers can open and close each mark once per run instead of per node.
 *
 * Linear in the number of inline nodes times the marks on each. Marks that run
 * longest open first (outermost), so a bold run across a link and plain text
 * stays one `**…**`; `code` always opens last, since no other mark may sit inside it.
 */
import type { NodeJson } from '../article';

export interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A leaf (text or hard break) or a mark span holding further pieces. */
export type InlinePiece = { kind: 'leaf'; node: NodeJson } | { kind: 'span'; mark: MarkJson; children: InlinePiece[] };

/** A key equal for marks ProseMirror considers equal (same type, same attributes). */
export function markKey(mark: MarkJson): string {
  return `${mark.type}\u0000${JSON.stringify(mark.attrs ?? {})}`;
}

/** Nests `nodes` (the content of one textblock) into mark spans. */
export function buildInlineTree(nodes: readonly NodeJson[]): InlinePiece[] {
  const keys = nodes.map((node) => (node.marks ?? []).map(markKey));
  // runEnd[i].get(key): index of the last node of the run of `key` that covers node i.
  const runEnd: Map<string, number>[] = new Array(nodes.length);
  for (let index = nodes.length - 1; index >= 0; index--) {
    const ends = new Map<string, number>();
    const next = index + 1 < nodes.length ? runEnd[index + 1] : undefined;
    for (const key of keys[index]) ends.set(key, next?.get(key) ?? index);
    runEnd[index] = ends;
  }

  const root: InlinePiece[] = [];
  const stack: { key: string; children: InlinePiece[] }[] = [];
  nodes.forEach((node, index) => {
    const here = new Set(keys[index]);
    let keep = 0;
    while (keep < stack.length && here.has(stack[keep].key)) keep++;
    stack.length = keep;
    const open = new Set(stack.map((entry) => entry.key));
    const opening = (node.marks ?? [])
      .map((mark, position) => ({ mark, key: keys[index][position] }))
      .filter(({ key }) => !open.has(key))
      .sort((a, b) => reach(b, index) - reach(a, index));
    for (const { mark, key } of opening) {
      const span: InlinePiece = { kind: 'span', mark, children: [] };
      (stack.length > 0 ? stack[stack.length - 1].children : root).push(span);
      stack.push({ key, children: span.children });
    }
    (stack.length > 0 ? stack[stack.length - 1].children : root).push({ kind: 'leaf', node });
  });
  return root;

  function reach(entry: { mark: MarkJson; key: string }, index: number): number {
    return entry.mark.type === 'code' ? -1 : (runEnd[index].get(entry.key) ?? index);
  }
}
