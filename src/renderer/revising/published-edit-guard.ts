/**
 * PublishedEditGuard: a published story asks before it is edited again.
 *
 * While `isPublished()` is true, the first keystroke, paste or command that
 * would change the headline, dateline, byline or body is held back and the
 * person is asked "Edit it anyway?". Edit moves the story back to Editing
 * (`reopen`) and lets the held edit through (typed text is replayed); Cancel
 * drops it and changes nothing. Status, target length and the side panels are
 * not guarded: they are how a desk handles a published story.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { confirmAction } from '../ui/confirm';
import type { EditLockOptions } from '../editor/edit-lock';

export interface PublishedEditGuardOptions {
  isPublished: () => boolean;
  /** Moves the story back to Editing; the held edit follows. */
  reopen: () => void;
}

/** The part of the editor whose fields are guarded (headline, dateline, byline; the body guards itself). */
const GUARDED_AREA = 'article.page';

export class PublishedEditGuard implements ReactiveController {
  private asking = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PublishedEditGuardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('beforeinput', this.onBeforeInput, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('beforeinput', this.onBeforeInput, true);
  }

  /** The body's side of the guard: the options of the body editor's EditLock. */
  editLockOptions(): EditLockOptions {
    return { isLocked: () => this.options.isPublished(), onBlocked: (proceed) => void this.ask(proceed) };
  }

  /** Asks once at a time; edits tried while the question is open are dropped. */
  private async ask(proceed: () => void): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    const confirmed = await confirmAction({
      heading: 'Edit a published story?',
      message: 'This story is published. Edit it anyway? Its status will go back to Editing.',
      confirmLabel: 'Edit',
    });
    this.asking = false;
    if (!confirmed || !this.options.isPublished()) return;
    this.options.reopen();
    proceed();
  }

  private readonly onBeforeInput = (event: InputEvent): void => {
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof HTMLInputElement) || !this.options.isPublished()) return;
    if (!path.some((node) => node instanceof HTMLElement && node.matches(GUARDED_AREA))) return;
    event.preventDefault();
    const text = event.inputType === 'insertText' ? event.data : null;
    void this.ask(() => {
      if (!text) return;
      target.setRangeText(text, target.selectionStart ?? target.value.length, target.selectionEnd ?? target.value.length, 'end');
      target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
  };
}
