/**
 * How large and how deep an article body may be, checked without recursion
 * (an explicit stack), so a body nested 100,000 levels deep is refused with a
 * message instead of overflowing the call stack of whatever reads it next.
 * The article schema runs this before its own (recursive) validation.
 */

/** Deeper than any real body (lists in quotes in lists…): the editor schema nests a few dozen levels at most. */
export const MAX_BODY_DEPTH = 100;
/** Nodes in one body: a 300,000-word story with every word marked stays under it. */
export const MAX_BODY_NODES = 500_000;
/** Characters of text and attribute values in one body (twice the import cap). */
export const MAX_BODY_CHARACTERS = 4_000_000;

/** What is wrong with the body's size or depth, in words for the person, or null when it is within the limits. */
export function bodyLimitProblem(body: unknown): string | null {
  const stack: { node: unknown; depth: number }[] = [{ node: body, depth: 1 }];
  let nodes = 0;
  let characters = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_BODY_DEPTH)
      return `The body nests more than ${MAX_BODY_DEPTH} levels deep, which the editor cannot hold. Remove the nesting (quotes or lists inside each other) and save again.`;
    if (++nodes > MAX_BODY_NODES)
      return `The body has more than ${MAX_BODY_NODES.toLocaleString('en')} parts, too large for one article. Split it into several articles.`;
    const record = node as { text?: unknown; attrs?: unknown; content?: unknown; marks?: unknown };
    if (typeof record.text === 'string') characters += record.text.length;
    for (const attributes of [
      record.attrs,
      ...(Array.isArray(record.marks) ? record.marks.map((mark) => (mark as { attrs?: unknown })?.attrs) : []),
    ]) {
      if (typeof attributes !== 'object' || attributes === null) continue;
      for (const value of Object.values(attributes)) if (typeof value === 'string') characters += value.length;
    }
    if (characters > MAX_BODY_CHARACTERS)
      return `The body holds more than ${MAX_BODY_CHARACTERS.toLocaleString('en')} characters, too large for one article. Split it into several articles.`;
    if (Array.isArray(record.content)) for (const child of record.content) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}
