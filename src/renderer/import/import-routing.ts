/**
 * Which import a chosen or dropped file goes to, by its extension: Markdown,
 * HTML, ninjs (.json) and NITF (.xml) documents (ours or anyone's) to `importDocument`, everything else to
 * `importBriefing`, which reads plain-text briefings and refuses what is not one.
 */

/** The file chooser's `accept`: what the desk can import (and pictures, chosen along with a document that shows them). */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.json,.xml,.jpg,.jpeg,.png,.webp,.gif';

export type ImportKind = 'briefing' | 'document';

export function importKindOf(fileName: string): ImportKind {
  return /\.(md|markdown|html?|json|xml)$/i.test(fileName) ? 'document' : 'briefing';
}
