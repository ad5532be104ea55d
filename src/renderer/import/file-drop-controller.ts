/**
 * FileDropController: accepts files dropped anywhere on the window.
 *
 * Listens on the window in the capture phase so a file drop is handled here
 * even over the editor (ProseMirror would otherwise try to insert it). Drags
 * that carry no files (text, editor content) are left alone, and so are
 * pictures dropped on an editor that takes them (`data-takes-pictures`): they
 * go into the story, not the import. `dragging` is
 * true while files hover over the window; the host re-renders when it flips.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { looksLikePicture } from '../ui/file-base64';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** True when only pictures are dropped, on an editor that takes them (a type or name hint; main checks the bytes). */
function picturesForEditor(event: DragEvent): boolean {
  const files = [...(event.dataTransfer?.files ?? [])];
  const pictures = files.length > 0 && files.every(looksLikePicture);
  return pictures && event.composedPath().some((target) => target instanceof HTMLElement && target.hasAttribute('data-takes-pictures'));
}

export class FileDropController implements ReactiveController {
  dragging = false;

  private depth = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFiles: (files: File[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('dragenter', this.onDragEnter, true);
    window.addEventListener('dragover', this.onDragOver, true);
    window.addEventListener('dragleave', this.onDragLeave, true);
    window.addEventListener('drop', this.onDrop, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('dragenter', this.onDragEnter, true);
    window.removeEventListener('dragover', this.onDragOver, true);
    window.removeEventListener('dragleave', this.onDragLeave, true);
    window.removeEventListener('drop', this.onDrop, true);
  }

  private readonly onDragEnter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.depth++;
    this.setDragging(true);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    this.depth = Math.max(0, this.depth - 1);
    // relatedTarget is null when the pointer leaves the window itself.
    if (this.depth === 0 || event.relatedTarget === null) this.setDragging(false);
  };

  private readonly onDrop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    if (picturesForEditor(event)) {
      this.depth = 0;
      this.setDragging(false);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    this.depth = 0;
    this.setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) this.onFiles(files);
  };

  private setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }
}
