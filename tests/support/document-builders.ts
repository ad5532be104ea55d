/**
 * Document builders in the style of prosemirror-test-builder, for article
 * bodies: nested calls build stored Tiptap JSON, and `toDoc` turns it into a
 * checked ProseMirror document of the desk's own schema.
 *
 *     const body = doc(p('“', quote('hong', 'We will respond'), ',” said ', mention('hong', 'Hong Lei'), '.'));
 *
 * A string child is plain text; marks nest (`quote('hong', 'We ', bold('will'), ' respond')`).
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import type { NodeJson } from '../../src/shared/article';
import { deskSchema } from '../../src/shared/import/desk-schema';

/** A child: plain text, a node, or the run of inline nodes a mark builder returns. */
type Child = string | NodeJson | NodeJson[];
type MarkJson = NonNullable<NodeJson['marks']>[number];

function nodesOf(children: Child[]): NodeJson[] {
  return children.flatMap((child) =>
    typeof child === 'string' ? (child ? [{ type: 'text', text: child }] : []) : Array.isArray(child) ? child : [child],
  );
}

function block(type: string, attrs?: Record<string, unknown>) {
  return (...children: Child[]): NodeJson => {
    const content = nodesOf(children);
    return { type, ...(attrs ? { attrs } : {}), ...(content.length ? { content } : {}) };
  };
}

/** Adds `mark` to every inline node inside `children`, after the marks they had. */
function marked(mark: MarkJson, children: Child[]): NodeJson[] {
  return nodesOf(children).map((node) => ({ ...node, marks: [...(node.marks ?? []), mark] }));
}

export const doc = block('doc');
export const p = block('paragraph');
export const blockquote = block('blockquote');
export const h2 = block('heading', { level: 2 });
export const br = (): NodeJson => ({ type: 'hardBreak' });

/** Speaker marks name a speaker id: a mention, a direct quote, a paraphrase. */
export const mention = (speakerId: string, ...children: Child[]) => marked({ type: 'speakerMention', attrs: { speakerId } }, children);
export const quote = (speakerId: string, ...children: Child[]) =>
  marked({ type: 'speakerAttribution', attrs: { speakerId, kind: 'direct' } }, children);
export const paraphrase = (speakerId: string, ...children: Child[]) =>
  marked({ type: 'speakerAttribution', attrs: { speakerId, kind: 'paraphrase' } }, children);
export const bold = (...children: Child[]) => marked({ type: 'bold' }, children);
export const italic = (...children: Child[]) => marked({ type: 'italic' }, children);
export const strike = (...children: Child[]) => marked({ type: 'strike' }, children);

/** Who suggested a change and when: the attributes every suggestion mark carries. */
export interface SuggestionBy {
  id: string;
  author: string;
  at?: string;
}
const SUGGESTED_AT = '2026-11-29T09:30:00.000Z';
const suggestionAttrs = (by: SuggestionBy) => ({ id: by.id, author: by.author, at: by.at ?? SUGGESTED_AT });

/** Suggested changes: an insertion, a deletion (both with the same id: a replacement), a formatting change. */
export const ins = (by: SuggestionBy, ...children: Child[]) => marked({ type: 'suggestedInsertion', attrs: suggestionAttrs(by) }, children);
export const del = (by: SuggestionBy, ...children: Child[]) => marked({ type: 'suggestedDeletion', attrs: suggestionAttrs(by) }, children);
export const suggestedFormat = (by: SuggestionBy & { add?: string[]; remove?: string[] }, ...children: Child[]) =>
  marked({ type: 'suggestedFormat', attrs: { ...suggestionAttrs(by), add: by.add ?? [], remove: by.remove ?? [] } }, children);
/** An editorial note's anchor: the words the note `id` is about. */
export const note = (id: string, ...children: Child[]) => marked({ type: 'note', attrs: { id } }, children);

/** A checked ProseMirror document of the desk's schema. */
export function toDoc(body: NodeJson): ProseMirrorNode {
  const node = deskSchema().nodeFromJSON(body);
  node.check();
  return node;
}
