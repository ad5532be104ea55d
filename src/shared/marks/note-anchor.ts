/**
 * The note anchor mark: the words an editorial note (a thread in the article's
 * `notes`) is about. Attrs `{ id }`, the thread's id, kept as `data-note-id`.
 *
 * Notes may overlap ("check this figure" on a sentence, "second source?" on a
 * name inside it), so the mark does not exclude itself: a text can carry
 * several anchors, one per note. It is not inclusive: typing at its edge does
 * not grow the note. Notes are desk-internal: publishing exports drop the mark.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

export const NOTE_MARK = 'note';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    note: {
      /** Anchors the note `id` to the selection. */
      anchorNote: (id: string) => ReturnType;
      /** Removes every anchor of the note `id` from the document. */
      unanchorNote: (id: string) => ReturnType;
    };
  }
}

export const NoteAnchor = Mark.create({
  name: NOTE_MARK,
  excludes: '',
  inclusive: false,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-note-id'),
        renderHTML: (attributes) => ({ 'data-note-id': attributes.id }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-note-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'note-anchor' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      anchorNote:
        (id) =>
        ({ tr, state, dispatch }) => {
          const { from, to, empty } = state.selection;
          if (empty) return false;
          if (dispatch) tr.addMark(from, to, state.schema.marks[NOTE_MARK].create({ id }));
          return true;
        },
      unanchorNote:
        (id) =>
        ({ tr, state, dispatch }) => {
          const type = state.schema.marks[NOTE_MARK];
          let found = false;
          state.doc.descendants((node, position) => {
            const mark = node.isInline ? node.marks.find((candidate) => candidate.type === type && candidate.attrs.id === id) : undefined;
            if (!mark) return;
            found = true;
            if (dispatch) tr.removeMark(position, position + node.nodeSize, mark);
          });
          return found;
        },
    };
  },
});
