/**
 * THE extension list of the article body editor: the shared schema
 * (deskExtensions) plus every editing aid the features add in a view —
 * briefing paste (import), speaker tagging and colours (speakers), find and
 * replace, spellcheck and the published-story lock (revising), suggest mode
 * (suggestions), editorial notes (notes), pictures by dialog, drop and paste
 * (media). A feature that adds a plugin to the body adds it here, never to a
 * mounted editor.
 */
import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, Placeholder, UndoRedo } from '@tiptap/extensions';

import { deskExtensions } from '../../shared/editor-schema';
import { DocumentEnds } from '../editor/document-ends';
import { EditLock, type EditLockOptions } from '../editor/edit-lock';
import { BriefingPaste, type BriefingPasteOptions } from '../import/briefing-paste';
import { PictureInsert, type PictureInsertOptions } from '../media/picture-insert';
import { NoteCommands, type NoteCommandsOptions } from '../notes/note-commands';
import { FindReplace } from '../revising/find-replace';
import { Spellcheck, type SpellcheckOptions } from '../revising/spellcheck';
import { SpeakerHues, type SpeakerHuesOptions } from '../speakers/speaker-hues';
import { SpeakerTagging, type SpeakerTaggingOptions } from '../speakers/speaker-tagging';
import { SuggestChanges, type SuggestChangesOptions } from '../suggestions/suggest-changes';

export interface BodyExtensionOptions
  extends
    BriefingPasteOptions,
    SpeakerTaggingOptions,
    SpeakerHuesOptions,
    SpellcheckOptions,
    EditLockOptions,
    NoteCommandsOptions,
    PictureInsertOptions {
  /** Shown in an empty body. */
  placeholder: string;
  /** Suggest mode: who suggests, whether it starts on (suggestions/suggest-tools.ts). */
  suggestChanges: SuggestChangesOptions;
}

export function bodyExtensions(options: BodyExtensionOptions): AnyExtension[] {
  return [
    ...deskExtensions(),
    UndoRedo.configure({ depth: 200, newGroupDelay: 600 }),
    Dropcursor.configure({ color: 'var(--nd-accent)', width: 2 }),
    Gapcursor,
    Placeholder.configure({ placeholder: options.placeholder }),
    PictureInsert.configure({ onPictureRefuse: options.onPictureRefuse }),
    BriefingPaste.configure({ onBriefing: options.onBriefing }),
    SpeakerTagging.configure({ onTagRequest: options.onTagRequest }),
    SpeakerHues.configure({ nameOf: options.nameOf }),
    FindReplace,
    Spellcheck.configure({ checker: options.checker, onMenuRequest: options.onMenuRequest, delay: options.delay }),
    EditLock.configure({ isLocked: options.isLocked, onBlocked: options.onBlocked }),
    DocumentEnds,
    SuggestChanges.configure(options.suggestChanges),
    NoteCommands.configure({ onNoteRequest: options.onNoteRequest }),
  ];
}
