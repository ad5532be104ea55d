/**
 * PictureInsert: pictures come into the body by the toolbar's file dialog
 * (`choosePicture`), by dropping files on the text or by pasting them. Each
 * file's bytes go to main (picture-files.ts); while it is stored the person
 * keeps typing, and the figure lands where the drop or the cursor was, moved
 * along with the edits made meanwhile (pending-pictures.ts). A file that is
 * not a picture, or too large, goes to `onRefuse` with a message and nothing
 * changes. The figure's node view (figure-view.ts) is added here too.
 *
 * Runs before the other paste and drop handlers (priority), so a pasted
 * picture is never taken for text.
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

import { PICTURE_FILE_ACCEPT } from '../../shared/media/picture-file';
import type { FigureAttributes } from '../../shared/nodes/figure';
import { looksLikePicture } from '../ui/file-base64';
import { FigureView } from './figure-view';
import { holdPlace, pendingPicturesPlugin, releasePlace } from './pending-pictures';
import { sendPicture } from './picture-files';

export interface PictureInsertOptions {
  /** Told, in words for the person, why a file did not go in. */
  onPictureRefuse: (message: string) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pictureInsert: {
      /** Opens the file dialog and inserts the chosen pictures at the cursor. */
      choosePicture: () => ReturnType;
    };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'The picture could not be added. Try again.';
}

/** Stores each file and inserts its figure at `position` (kept in step with edits meanwhile). */
export function insertPictureFiles(view: EditorView, files: File[], position: number, onRefuse: (message: string) => void): Promise<void> {
  const jobs = files.map(async (file) => {
    const id = holdPlace(view, position, file.name);
    try {
      const added = await sendPicture(file);
      const at = releasePlace(view, id);
      if (at === null || view.isDestroyed) return;
      const attributes: FigureAttributes = {
        src: added.src,
        alt: added.alt,
        caption: added.caption,
        credit: added.credit,
        rights: added.rights,
      };
      const figure = view.state.schema.nodes.figure.create(attributes);
      // Inside a paragraph the figure goes before or after it at its edges, else splits it.
      const transaction = view.state.tr.replaceRangeWith(at, at, figure);
      const inserted = positionOf(transaction.doc, figure);
      if (inserted !== null) transaction.setSelection(NodeSelection.create(transaction.doc, inserted));
      view.dispatch(transaction.scrollIntoView());
    } catch (error) {
      releasePlace(view, id);
      onRefuse(messageOf(error));
    }
  });
  return Promise.all(jobs).then(() => undefined);
}

/** Where `node` (this very object) sits in `doc`, or null. */
function positionOf(doc: ProseMirrorNode, node: ProseMirrorNode): number | null {
  let found: number | null = null;
  doc.descendants((candidate, position) => {
    if (found !== null) return false;
    if (candidate === node) found = position;
    return candidate.isBlock && !candidate.isTextblock;
  });
  return found;
}

function picturesIn(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter(looksLikePicture);
}

export const PictureInsert = Extension.create<PictureInsertOptions>({
  name: 'pictureInsert',
  priority: 1000,

  addOptions() {
    return { onPictureRefuse: () => undefined };
  },

  addCommands() {
    return {
      choosePicture:
        () =>
        ({ view }) => {
          const input = document.createElement('input');
          input.type = 'file';
          input.accept = PICTURE_FILE_ACCEPT;
          input.multiple = true;
          input.addEventListener('change', () => {
            const files = [...(input.files ?? [])];
            if (files.length > 0) void insertPictureFiles(view, files, view.state.selection.from, this.options.onPictureRefuse);
          });
          input.click();
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const refuse = (message: string) => this.options.onPictureRefuse(message);
    return [
      pendingPicturesPlugin(),
      new Plugin({
        key: new PluginKey('pictureInsert'),
        props: {
          // The window's file-drop import leaves pictures dropped here to the body.
          attributes: { 'data-takes-pictures': '' },
          nodeViews: { figure: (node, view, getPos) => new FigureView(node, view, getPos) },
          handlePaste(view, event) {
            const files = picturesIn(event.clipboardData?.files);
            if (files.length === 0) return false;
            event.preventDefault();
            void insertPictureFiles(view, files, view.state.selection.from, refuse);
            return true;
          },
          handleDrop(view, event) {
            const files = picturesIn(event.dataTransfer?.files);
            if (files.length === 0) return false;
            event.preventDefault();
            const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
            void insertPictureFiles(view, files, position, refuse);
            return true;
          },
        },
      }),
    ];
  },
});
