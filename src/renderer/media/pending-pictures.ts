/**
 * Pictures on their way in: where each will go, kept in step with every edit
 * made while it is being stored (the person keeps typing), and shown there as
 * a small "Adding picture…" placeholder. One ProseMirror plugin.
 */
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

interface Pending {
  id: number;
  position: number;
  name: string;
}

type PendingAction = { add: Pending } | { remove: number };

export const pendingPicturesKey = new PluginKey<Pending[]>('pendingPictures');

let nextId = 1;

function placeholder(name: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'picture-pending';
  element.setAttribute('role', 'status');
  element.textContent = `Adding picture${name ? ` “${name}”` : ''}…`;
  return element;
}

export function pendingPicturesPlugin(): Plugin<Pending[]> {
  return new Plugin<Pending[]>({
    key: pendingPicturesKey,
    state: {
      init: () => [],
      apply(transaction: Transaction, pending: Pending[]) {
        const action = transaction.getMeta(pendingPicturesKey) as PendingAction | undefined;
        let next = transaction.docChanged
          ? pending.map((entry) => ({ ...entry, position: transaction.mapping.map(entry.position) }))
          : pending;
        if (action && 'add' in action) next = [...next, action.add];
        if (action && 'remove' in action) next = next.filter((entry) => entry.id !== action.remove);
        return next;
      },
    },
    props: {
      decorations(state) {
        const pending = pendingPicturesKey.getState(state) ?? [];
        if (pending.length === 0) return DecorationSet.empty;
        return DecorationSet.create(
          state.doc,
          pending.map((entry) =>
            Decoration.widget(entry.position, () => placeholder(entry.name), { key: `pending-${entry.id}`, side: -1 }),
          ),
        );
      },
    },
  });
}

/** Marks `position` as where a picture named `name` will go; returns its id. */
export function holdPlace(view: EditorView, position: number, name: string): number {
  const id = nextId++;
  view.dispatch(view.state.tr.setMeta(pendingPicturesKey, { add: { id, position, name } } satisfies PendingAction));
  return id;
}

/** Where the held place now is (after every edit since), or null when it is gone; forgets it. */
export function releasePlace(view: EditorView, id: number): number | null {
  if (view.isDestroyed) return null;
  const entry = (pendingPicturesKey.getState(view.state) ?? []).find((candidate) => candidate.id === id);
  view.dispatch(view.state.tr.setMeta(pendingPicturesKey, { remove: id } satisfies PendingAction));
  return entry ? Math.min(entry.position, view.state.doc.content.size) : null;
}
