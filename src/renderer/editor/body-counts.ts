/**
 * Body counts: the words and characters of a live document, counted per text
 * block and cached per block node (nodes are immutable and shared between
 * editor states), so a recount after an edit reads only the blocks that changed.
 *
 * Contract: `words` equals `countBodyWords` of the same body (words never cross
 * a block; a hard break reads as a space); `characters` counts every character
 * of the text, line breaks between blocks excluded.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import { countWords } from '../../shared/body-text';
import { blockText } from './text-blocks';

export interface BodyCounts {
  words: number;
  characters: number;
}

const countCache = new WeakMap<ProseMirrorNode, BodyCounts>();

function blockCounts(block: ProseMirrorNode): BodyCounts {
  let counts = countCache.get(block);
  if (!counts) {
    const text = blockText(block);
    counts = { words: countWords(text), characters: text.length };
    countCache.set(block, counts);
  }
  return counts;
}

/** Words and characters of the whole document. */
export function bodyCounts(doc: ProseMirrorNode): BodyCounts {
  const total: BodyCounts = { words: 0, characters: 0 };
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const counts = blockCounts(node);
    total.words += counts.words;
    total.characters += counts.characters;
    return false;
  });
  return total;
}
