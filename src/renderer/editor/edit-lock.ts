/**
 * EditLock: holds back every change to the body while `isLocked()` says so —
 * typed text, keyboard commands, paste, drop, toolbar actions — and hands the
 * held edit to `onBlocked` as a `proceed` function that applies it later (for
 * instance once the person has agreed to edit a published story).
 *
 * Contract: `proceed` applies the edit only if the document has not changed
 * since it was held; call it after `isLocked()` has turned false. `proceed`
 * may be given text typed meanwhile, which goes in right after the held edit.
 * A transaction that only annotates the text (an editorial note's anchor, not
 * content) carries ANNOTATION_ONLY as meta and is never held.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export interface EditLockOptions {
  isLocked: () => boolean;
  onBlocked: (proceed: (typedMeanwhile?: string) => void) => void;
}

const editLockKey = new PluginKey('editLock');

/** Meta key of a transaction that changes no content (it only adds or removes annotation marks). */
export const ANNOTATION_ONLY = 'annotationOnly';

/** Where the browser was about to put the text: the event's target range (fresher than the state's selection). */
function typedRange(view: EditorView, event: InputEvent): { from: number; to: number } {
  const [range] = event.getTargetRanges();
  try {
    if (range) {
      const from = view.posAtDOM(range.startContainer, range.startOffset);
      const to = view.posAtDOM(range.endContainer, range.endOffset);
      return { from: Math.min(from, to), to: Math.max(from, to) };
    }
  } catch {
    // A range outside the document's content: fall back to the state's selection.
  }
  return view.state.selection;
}

function editLockPlugin(options: EditLockOptions): Plugin {
  let view: EditorView | null = null;
  return new Plugin({
    key: editLockKey,
    view: (editorView) => {
      view = editorView;
      return { destroy: () => (view = null) };
    },
    filterTransaction: (transaction) => {
      if (!transaction.docChanged || !options.isLocked() || transaction.getMeta(ANNOTATION_ONLY) === true) return true;
      const held = view;
      options.onBlocked((typedMeanwhile = '') => {
        if (!held || held.isDestroyed || !held.state.doc.eq(transaction.before)) return;
        held.focus();
        held.dispatch(transaction); // carries the selection it was made with
        if (typedMeanwhile) held.dispatch(held.state.tr.insertText(typedMeanwhile).scrollIntoView());
      });
      return false;
    },
    props: {
      handleDOMEvents: {
        // Text the browser would insert itself never becomes a transaction, so stop it here.
        beforeinput: (editorView, event) => {
          if (!options.isLocked()) return false;
          event.preventDefault();
          const text = event.inputType === 'insertText' ? event.data : null;
          const { doc } = editorView.state;
          const selection = typedRange(editorView, event);
          options.onBlocked((typedMeanwhile = '') => {
            if (editorView.isDestroyed) return;
            editorView.focus();
            const typed = (text ?? '') + typedMeanwhile;
            if (!typed || !editorView.state.doc.eq(doc)) return;
            // Where the person typed, even if focusing moved the cursor meanwhile.
            const tr = editorView.state.tr.insertText(typed, selection.from, selection.to);
            editorView.dispatch(tr.setSelection(TextSelection.create(tr.doc, selection.from + typed.length)).scrollIntoView());
          });
          return true;
        },
      },
    },
  });
}

/** The lock as an extension of the body editor's extension list (article/body-extensions.ts). */
export const EditLock = Extension.create<EditLockOptions>({
  name: 'editLock',

  addOptions() {
    return { isLocked: () => false, onBlocked: () => undefined };
  },

  addProseMirrorPlugins() {
    return [editLockPlugin(this.options)];
  },
});
