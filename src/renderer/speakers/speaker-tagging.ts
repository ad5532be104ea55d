/**
 * SpeakerTagging: the keyboard side of tagging who said what. The shortcuts
 * ask the host to pick a speaker for the selection (the host shows the picker
 * and then runs `tagSpeaker`); untagging needs no picker.
 *
 *   Mod-Shift-m  tag as a mention of a speaker
 *   Mod-Shift-d  tag as a direct quote
 *   Mod-Shift-p  tag as a paraphrase
 *   Mod-Shift-u  untag (the selection, or the tagged span around the cursor)
 *
 * With an empty selection inside a tagged span, tagging again retags that span.
 */
import { type Editor, Extension, getMarkRange } from '@tiptap/core';

import { adoptDomSelection } from '../editor/settled-selection';
import type { DocumentRange } from '../editor/text-blocks';
import type { SpeakerSpanKind } from './doc-speaker-spans';

export interface SpeakerTaggingOptions {
  /** Called when the user asks to tag `range`; the host picks a speaker and calls `tagSpeaker` with that range. */
  onTagRequest: (kind: SpeakerSpanKind, range: DocumentRange) => void;
}

export const SPEAKER_TAG_SHORTCUTS = {
  mention: 'Mod+Shift+M',
  direct: 'Mod+Shift+D',
  paraphrase: 'Mod+Shift+P',
  untag: 'Mod+Shift+U',
} as const;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerTagging: {
      /** Asks the host to pick a speaker for the selection (selecting the tagged span under an empty cursor first). */
      requestSpeakerTag: (kind: SpeakerSpanKind) => ReturnType;
      /** Tags a range (default: the selection) as `kind` said or named by the speaker, replacing an earlier tag of that mark. */
      tagSpeaker: (speakerId: string, kind: SpeakerSpanKind, range?: DocumentRange) => ReturnType;
      /** Removes speaker tags from the selection, or from the tagged span around an empty cursor. */
      untagSpeaker: () => ReturnType;
    };
  }
}

const MARK_OF: Record<SpeakerSpanKind, 'speakerMention' | 'speakerAttribution'> = {
  mention: 'speakerMention',
  direct: 'speakerAttribution',
  paraphrase: 'speakerAttribution',
};

/** The tagged span around the cursor, attribution before mention; null when the cursor is in none. */
export function taggedRangeAtCursor(editor: Editor): DocumentRange | null {
  const { state } = editor;
  const { $from, empty } = state.selection;
  if (!empty) return null;
  for (const name of ['speakerAttribution', 'speakerMention']) {
    const type = state.schema.marks[name];
    const range = type && getMarkRange($from, type);
    if (range) return range;
  }
  return null;
}

/** True when there is something to tag: a selection, or a tagged span around the cursor. */
export function canTagSpeaker(editor: Editor): boolean {
  return !editor.state.selection.empty || taggedRangeAtCursor(editor) !== null;
}

/** True when the selection touches a speaker tag. */
export function isSpeakerTagged(editor: Editor): boolean {
  return editor.isActive('speakerMention') || editor.isActive('speakerAttribution');
}

export const SpeakerTagging = Extension.create<SpeakerTaggingOptions>({
  name: 'speakerTagging',

  addOptions() {
    return { onTagRequest: () => undefined };
  },

  addCommands() {
    return {
      requestSpeakerTag:
        (kind) =>
        ({ editor, commands }) => {
          if (!canTagSpeaker(editor)) return false;
          const { from, to } = editor.state.selection;
          const range = taggedRangeAtCursor(editor) ?? { from, to };
          commands.setTextSelection(range);
          this.options.onTagRequest(kind, range);
          return true;
        },
      tagSpeaker:
        (speakerId, kind, range) =>
        ({ state, tr, dispatch }) => {
          const { from, to } = range ?? state.selection;
          if (to <= from) return false;
          const type = state.schema.marks[MARK_OF[kind]];
          const attrs = kind === 'mention' ? { speakerId } : { speakerId, kind };
          if (dispatch) tr.removeMark(from, to, type).addMark(from, to, type.create(attrs));
          return true;
        },
      untagSpeaker:
        () =>
        ({ editor, state, tr, dispatch }) => {
          const range = state.selection.empty ? taggedRangeAtCursor(editor) : state.selection;
          if (!range || range.to <= range.from) return false;
          if (dispatch) {
            tr.removeMark(range.from, range.to, state.schema.marks.speakerMention);
            tr.removeMark(range.from, range.to, state.schema.marks.speakerAttribution);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    // A shortcut pressed right after Shift+End acts on the selection as the person sees it, even before the view has read it.
    const adopting = (run: () => boolean) => () => {
      adoptDomSelection(this.editor.view);
      return run();
    };
    return {
      'Mod-Shift-m': adopting(() => this.editor.commands.requestSpeakerTag('mention')),
      'Mod-Shift-d': adopting(() => this.editor.commands.requestSpeakerTag('direct')),
      'Mod-Shift-p': adopting(() => this.editor.commands.requestSpeakerTag('paraphrase')),
      'Mod-Shift-u': adopting(() => this.editor.commands.untagSpeaker()),
    };
  },
});
