/**
 * PublishedEditGuard: a published story asks before it is edited again.
 *
 * While `isPublished()` is true, the first keystroke, paste or command that
 * would change the headline, dateline, byline or body is held back and the
 * person is asked "Edit it anyway?", with the focus on Cancel. Keys typed
 * while the question is open are held too, never taken as an answer. Edit
 * moves the story back to Editing (`reopen`) and lets the held edit and the
 * held keys through, in order; Cancel drops them and changes nothing. The
 * host asks `confirmEdit()` before other edits of a published story (target
 * length, related links). Status is not guarded: it is how a desk unpublishes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { EditLockOptions } from '../editor/edit-lock';
import { askQuestion } from '../ui/confirm';

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

  /**
   * For edits made outside the text (target length, related links): true when the story is not
   * published, or the person agreed to edit it (it is back in Editing then).
   */
  async confirmEdit(): Promise<boolean> {
    if (!this.options.isPublished()) return true;
    let agreed = false;
    await this.ask(() => (agreed = true));
    return agreed;
  }

  /** Asks once at a time; edits tried while the question is open are dropped, keys typed are held. */
  private async ask(proceed: (typedMeanwhile: string) => void): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    const { confirmed, typed } = await askQuestion({
      heading: 'Edit a published story?',
      message: 'This story is published. Edit it anyway? Its status will go back to Editing.',
      confirmLabel: 'Edit',
      initialFocus: 'cancel',
      holdTyping: true,
    });
    this.asking = false;
    if (!confirmed || !this.options.isPublished()) return;
    this.options.reopen();
    proceed(typed);
  }

  private readonly onBeforeInput = (event: InputEvent): void => {
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || !this.options.isPublished()) return;
    if (!path.some((node) => node instanceof HTMLElement && node.matches(GUARDED_AREA))) return;
    event.preventDefault();
    const text = event.inputType === 'insertText' ? event.data : null;
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? target.value.length;
    void this.ask((typedMeanwhile) => {
      const typed = (text ?? '') + typedMeanwhile;
      if (!typed) return;
      target.focus();
      target.setRangeText(typed, start, end, 'end');
      target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
  };
}
