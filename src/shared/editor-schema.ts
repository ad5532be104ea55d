/**
 * The desk's Tiptap schema: the extensions that define the nodes and marks an
 * article body may hold. Main (validation, export), the CLI and the renderer all
 * build their schema from `deskExtensions()`, so a body one of them writes the
 * others can read.
 *
 * Only schema and schema-bound behaviour lives here. Editing aids that exist only
 * in a view (undo history, drop and gap cursors, placeholders) are added by the
 * renderer in src/renderer/editor/.
 */
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

import { NoteAnchor } from './marks/note-anchor';
import { SpeakerAttribution } from './marks/speaker-attribution';
import { SpeakerMention } from './marks/speaker-mention';
import { SuggestedDeletion } from './marks/suggested-deletion';
import { SuggestedFormat } from './marks/suggested-format';
import { SuggestedInsertion } from './marks/suggested-insertion';
import { Figure } from './nodes/figure';

/** Heading levels an article body uses; the headline itself is the level-1 heading. */
export const BODY_HEADING_LEVELS = [2, 3] as const;

/** StarterKit with the view-only helpers switched off and links that never navigate. */
export function deskExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...BODY_HEADING_LEVELS] },
      link: { openOnClick: false, autolink: true, linkOnPaste: true, defaultProtocol: 'https' },
      // View-only: the renderer adds these itself (src/renderer/article/body-extensions.ts).
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      // Appending a paragraph on load would change every stored body it opens.
      trailingNode: false,
    }),
    SpeakerMention,
    SpeakerAttribution,
    // Suggested changes (track changes): see shared/suggestions.ts.
    SuggestedDeletion,
    SuggestedInsertion,
    SuggestedFormat,
    NoteAnchor,
    Figure,
  ];
}
