/**
 * The renderer's editor extensions: the shared schema (deskExtensions) plus the
 * editing aids that only make sense in a view.
 */
import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, Placeholder, UndoRedo } from '@tiptap/extensions';
import { deskExtensions } from '../../shared/editor-schema';
import { BriefingPaste, type BriefingPasteOptions } from './briefing-paste';
import { SpeakerHues, type SpeakerHuesOptions } from './speaker-hues';
import { SpeakerTagging, type SpeakerTaggingOptions } from './speaker-tagging';

export interface EditorExtensionOptions extends BriefingPasteOptions, SpeakerTaggingOptions, SpeakerHuesOptions {
  /** Shown in an empty body. */
  placeholder: string;
}

export function editorExtensions(options: EditorExtensionOptions): AnyExtension[] {
  return [
    ...deskExtensions(),
    UndoRedo.configure({ depth: 200, newGroupDelay: 600 }),
    Dropcursor.configure({ color: 'var(--nd-accent)', width: 2 }),
    Gapcursor,
    Placeholder.configure({ placeholder: options.placeholder }),
    BriefingPaste.configure({ onBriefing: options.onBriefing }),
    SpeakerTagging.configure({ onTagRequest: options.onTagRequest }),
    SpeakerHues.configure({ nameOf: options.nameOf }),
  ];
}
