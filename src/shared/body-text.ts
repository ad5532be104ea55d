/**
 * Plain-text views of a Tiptap body: the text a search indexes, the words a
 * count counts, and the body built from plain paragraphs on import.
 */
import type { NodeJson } from './article';

const BLOCK_SEPARATOR = '\n';

/** The text of a body, one line per block (paragraph, heading, list item…). */
export function bodyToPlainText(body: NodeJson): string {
  const lines: string[] = [];
  let line = '';
  const visit = (node: NodeJson): void => {
    if (node.type === 'text') {
      line += node.text ?? '';
      return;
    }
    if (node.type === 'hardBreak') {
      line += ' ';
      return;
    }
    const isTextBlock = node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak');
    node.content?.forEach(visit);
    if (isTextBlock || node.type === 'paragraph' || node.type === 'heading') {
      if (line.trim() !== '') lines.push(line);
      line = '';
    }
  };
  visit(body);
  if (line.trim() !== '') lines.push(line);
  return lines.join(BLOCK_SEPARATOR);
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/**
 * Counts words as a desk does: runs of letters and digits, with inner
 * apostrophes, hyphens and number punctuation kept in one word
 * ("don't", "cyber-crime", "3,400" each count once).
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Word count of a whole body. */
export function countBodyWords(body: NodeJson): number {
  return countWords(bodyToPlainText(body));
}

/** A body made of plain paragraphs, text kept exactly as given. */
export function paragraphsToBody(paragraphs: readonly string[]): NodeJson {
  if (paragraphs.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return {
    type: 'doc',
    content: paragraphs.map((text) => (text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** The top-level paragraphs of a body as plain strings (empty ones dropped). */
export function bodyParagraphs(body: NodeJson): string[] {
  return bodyToPlainText(body)
    .split(BLOCK_SEPARATOR)
    .filter((line) => line.trim() !== '');
}
