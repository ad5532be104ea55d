/**
 * Dispatching from outside the typing path (async results, registry changes)
 * without losing a keystroke: a transaction redraws the DOM selection from the
 * editor state, so it must wait until the view has read the person's latest
 * selection (a Shift+Arrow moves the DOM selection before the view hears of it).
 */
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** How long to wait before looking again while the selection is still moving. */
const SETTLE_MS = 40;

/** False while the DOM selection has moved and the view has not read it yet. */
export function selectionInSync(view: EditorView): boolean {
  if (!view.hasFocus()) return true;
  const root = view.root as Document & { getSelection?: () => Selection | null };
  const selection = root.getSelection?.() ?? document.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return true;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return anchor === view.state.selection.anchor && head === view.state.selection.head;
  } catch {
    return true;
  }
}

/**
 * Runs `work` as soon as the selection is settled (now, when it already is).
 * Returns a function that cancels a run still waiting.
 */
export function whenSelectionSettled(view: EditorView, work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    timer = undefined;
    if (view.isDestroyed) return;
    if (selectionInSync(view)) work();
    else timer = setTimeout(attempt, SETTLE_MS);
  };
  attempt();
  return () => clearTimeout(timer);
}

/**
 * Makes the editor state take the DOM selection now, when the view has not
 * read it yet (a shortcut right after an arrow key). Whatever runs next — a
 * menu that takes focus and later gives it back — then starts from where the
 * person's cursor really is. Returns the selection head.
 */
export function adoptDomSelection(view: EditorView): number {
  if (selectionInSync(view)) return view.state.selection.head;
  const root = view.root as Document & { getSelection?: () => Selection | null };
  const selection = root.getSelection?.() ?? document.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return view.state.selection.head;
  const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
  return head;
}
