/**
 * The picture check beside the attribution lint: a figure without alt text is
 * a finding (`missing-alt-text`) — a reader who cannot see the picture is told
 * nothing about it. Pure, over a ProseMirror document.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import type { LintFinding } from './attribution-lint';

const EXCERPT_LENGTH = 40;

/** A finding per figure with empty alt text, in document order; `position` is the figure's, `paragraph` the text blocks before it. */
export function pictureFindings(doc: ProseMirrorNode): LintFinding[] {
  const findings: LintFinding[] = [];
  let textBlocksBefore = 0;
  doc.descendants((node, position) => {
    if (node.isTextblock) {
      textBlocksBefore++;
      return false;
    }
    if (node.type.name !== 'figure') return true;
    if (String(node.attrs.alt ?? '').trim() === '') {
      const caption = String(node.attrs.caption ?? '').trim();
      const named = caption
        ? ` (“${caption.length > EXCERPT_LENGTH ? `${caption.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : caption}”)`
        : '';
      findings.push({
        rule: 'missing-alt-text',
        message: `Picture${named} has no alt text — describe it for readers who cannot see it`,
        paragraph: textBlocksBefore,
        start: 0,
        end: 0,
        position,
      });
    }
    return false;
  });
  return findings;
}
