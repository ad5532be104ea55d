/**
 * TrashController: the editor pane while the Trash is shown — a read-only
 * preview of the story picked in the list, or the count and Empty trash
 * (asked first, naming how many stories go for good). A Lit reactive
 * controller on <nd-app>, which draws `render()` in place of the editor.
 */
import '../list/nd-trash-view';

import { html, type ReactiveControllerHost } from 'lit';

import type { Article } from '../../shared/article';
import { desk, messageOf } from '../desk';
import { confirmAction } from '../ui/confirm';
import type { NoticeController } from '../ui/notice-controller';

export interface TrashOptions {
  notices: NoticeController;
  /** Stories in the trash now. */
  count: () => number;
  restore: (id: string) => Promise<void>;
  /** Reloads the list after the trash changed. */
  refresh: () => Promise<void>;
}

export class TrashController {
  private previewed: Article | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TrashOptions,
  ) {}

  /** Leaving or entering the Trash forgets the preview. */
  close(): void {
    this.previewed = null;
  }

  async preview(id: string): Promise<void> {
    try {
      this.previewed = await desk.getArticle({ id });
    } catch (error) {
      this.options.notices.show('error', `Couldn't open that story: ${messageOf(error)}`);
    }
    this.host.requestUpdate();
  }

  render() {
    return html`<nd-trash-view
      .article=${this.previewed}
      .count=${this.options.count()}
      @nd-article-restore=${(event: CustomEvent<{ id: string }>) => void this.restore(event.detail.id)}
      @nd-trash-empty=${() => void this.empty()}
    ></nd-trash-view>`;
  }

  private async restore(id: string): Promise<void> {
    this.previewed = null;
    await this.options.restore(id);
  }

  private async empty(): Promise<void> {
    const count = this.options.count();
    const confirmed = await confirmAction({
      heading: 'Empty the trash?',
      message: `${count} ${count === 1 ? 'story goes' : 'stories go'} for good, with ${count === 1 ? 'its' : 'their'} history. This cannot be undone.`,
      confirmLabel: 'Empty trash',
      danger: true,
    });
    if (!confirmed) return;
    try {
      const { removed } = await desk.emptyTrash({});
      this.previewed = null;
      await this.options.refresh();
      this.options.notices.show('info', `Deleted ${removed} ${removed === 1 ? 'story' : 'stories'} for good`);
    } catch (error) {
      this.options.notices.show('error', `Couldn't empty the trash: ${messageOf(error)}`);
    }
    this.host.requestUpdate();
  }
}
