/**
 * Which import a chosen or dropped file goes to, by its extension: Markdown and
 * HTML documents (ours or anyone's) to `importDocument`, everything else to
 * `importBriefing`, which reads plain-text briefings and refuses what is not one.
 */

/** The file chooser's `accept`: what the desk can import. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm';

export type ImportKind = 'briefing' | 'document';

export function importKindOf(fileName: string): ImportKind {
  return /\.(md|markdown|html?)$/i.test(fileName) ? 'document' : 'briefing';
}
