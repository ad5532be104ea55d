/**
 * NoteCommands: the body editor's side of editorial notes — asking for a new
 * note on the selection, anchoring and removing notes, and stepping the cursor
 * from note to note. Anchoring changes no content, so it bypasses the
 * published-story lock and the undo history (undoing a note's anchor would
 * leave its thread orphaned; deleting the note is the way to take it back).
 *
 *   Mod-Alt-m          add a note on the selection
 *   Mod-Alt-n          next note          Mod-Alt-Shift-n   previous note
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

import { NOTE_MARK } from '../../shared/marks/note-anchor';
import { ANNOTATION_ONLY } from '../editor/edit-lock';
import { adoptDomSelection } from '../editor/settled-selection';
import type { DocumentRange } from '../editor/text-blocks';

export const NOTE_SHORTCUTS = { add: 'Mod+Alt+M', next: 'Mod+Alt+N', previous: 'Mod+Alt+Shift+N' } as const;

export interface NoteCommandsOptions {
  /** The person asked for a note on `range` (a non-empty selection); the host asks for its text. */
  onNoteRequest: (range: DocumentRange) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    noteCommands: {
      /** Asks the host for a new note on the selection; false when nothing is selected. */
      requestNote: () => ReturnType;
      /** Anchors the note `id` to `range`, outside the undo history. */
      placeNote: (id: string, range: DocumentRange) => ReturnType;
      /** Removes every anchor of the note `id`, outside the undo history. */
      removeNoteAnchors: (id: string) => ReturnType;
      /** Selects the next (or previous) note's words after the cursor, wrapping around. */
      goToNote: (direction: 1 | -1) => ReturnType;
    };
  }
}

/** The document range each note covers, first to last anchored character, by id in document order. */
export function noteRanges(doc: ProseMirrorNode): Map<string, DocumentRange> {
  const ranges = new Map<string, DocumentRange>();
  doc.descendants((node, position) => {
    if (!node.isInline) return;
    for (const mark of node.marks) {
      if (mark.type.name !== NOTE_MARK) continue;
      const id = String(mark.attrs.id);
      const range = ranges.get(id);
      ranges.set(id, { from: range?.from ?? position, to: position + node.nodeSize });
    }
  });
  return ranges;
}

function annotation(tr: Transaction): Transaction {
  return tr.setMeta(ANNOTATION_ONLY, true).setMeta('addToHistory', false);
}

export const NoteCommands = Extension.create<NoteCommandsOptions>({
  name: 'noteCommands',

  addOptions() {
    return { onNoteRequest: () => undefined };
  },

  addCommands() {
    return {
      requestNote:
        () =>
        ({ state }) => {
          const { from, to, empty } = state.selection;
          if (empty) return false;
          this.options.onNoteRequest({ from, to });
          return true;
        },
      placeNote:
        (id, range) =>
        ({ tr, state, dispatch }) => {
          const to = Math.min(range.to, state.doc.content.size);
          if (to <= range.from) return false;
          if (dispatch) annotation(tr).addMark(range.from, to, state.schema.marks[NOTE_MARK].create({ id }));
          return true;
        },
      removeNoteAnchors:
        (id) =>
        ({ tr, commands }) => {
          annotation(tr);
          return commands.unanchorNote(id);
        },
      goToNote:
        (direction) =>
        ({ state, commands }) => {
          const ranges = [...noteRanges(state.doc).values()].sort((a, b) => a.from - b.from);
          if (ranges.length === 0) return false;
          const { from } = state.selection;
          const target =
            direction === 1
              ? (ranges.find((range) => range.from > from) ?? ranges[0])
              : ([...ranges].reverse().find((range) => range.from < from) ?? ranges[ranges.length - 1]);
          return commands.setTextSelection(target) && commands.scrollIntoView();
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        adoptDomSelection(this.editor.view);
        return this.editor.commands.requestNote();
      },
      'Mod-Alt-n': () => this.editor.commands.goToNote(1),
      'Mod-Alt-Shift-n': () => this.editor.commands.goToNote(-1),
    };
  },
});
