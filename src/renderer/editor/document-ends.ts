/**
 * DocumentEnds: Ctrl+Home and Ctrl+End (with Shift, extending the selection) go
 * to the start and the end of the story through the editor state. The browser's
 * own move measures the page, and body blocks out of view are not laid out
 * (editor/body.styles.ts), so it could stop short of the end.
 */
import { Extension } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';

export const DocumentEnds = Extension.create({
  name: 'documentEnds',

  addKeyboardShortcuts() {
    const go = (where: 'start' | 'end', extend: boolean) => () => {
      const { state, view } = this.editor;
      const target = where === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
      const selection = extend ? TextSelection.create(state.doc, state.selection.anchor, target.head) : target;
      view.dispatch(state.tr.setSelection(selection).scrollIntoView());
      return true;
    };
    return {
      'Ctrl-Home': go('start', false),
      'Ctrl-End': go('end', false),
      'Shift-Ctrl-Home': go('start', true),
      'Shift-Ctrl-End': go('end', true),
    };
  },
});
