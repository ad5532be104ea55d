/**
 * NoticeController: the app's queue of toasts, as a Lit reactive controller.
 * A notice may carry one action; info and warning notices leave by themselves,
 * errors stay until dismissed (a person must get to read them). A notice
 * shown again replaces its older copy instead of piling up; at most three
 * are shown; a notice given a `key` can be withdrawn when what it offers is
 * gone (an Undo whose article was restored another way).
 */
import './nd-toast';

import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

import type { Notice } from './nd-toast';

export interface NoticeOptions {
  details?: string[];
  action?: { label: string; run: () => void };
  /** Milliseconds before it leaves; 0 keeps it until dismissed. */
  timeout?: number;
  /** Names the notice for `withdraw`. */
  key?: string;
}

const DEFAULT_TIMEOUTS: Record<Notice['kind'], number> = { info: 6_000, warning: 15_000, error: 0 };
const MAX_NOTICES = 3;

export class NoticeController implements ReactiveController {
  notices: Notice[] = [];

  private nextId = 1;
  private readonly actions = new Map<number, () => void>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly keys = new Map<string, number>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }

  /** Shows a notice and returns its id. */
  show(kind: Notice['kind'], message: string, options: NoticeOptions = {}): number {
    const same = this.notices.find((notice) => notice.kind === kind && notice.message === message);
    if (same) this.dismiss(same.id);
    if (options.key) this.withdraw(options.key);
    const id = this.nextId++;
    this.notices = [...this.notices, { id, kind, message, details: options.details, actionLabel: options.action?.label }];
    if (options.key) this.keys.set(options.key, id);
    if (options.action) this.actions.set(id, options.action.run);
    const timeout = options.timeout ?? DEFAULT_TIMEOUTS[kind];
    if (timeout > 0)
      this.timers.set(
        id,
        setTimeout(() => this.dismiss(id), timeout),
      );
    while (this.notices.length > MAX_NOTICES) this.dismiss(this.notices[0].id);
    this.host.requestUpdate();
    return id;
  }

  /** Dismisses the notice shown with `key`, if it is still there. */
  withdraw(key: string): void {
    const id = this.keys.get(key);
    this.keys.delete(key);
    if (id !== undefined) this.dismiss(id);
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.actions.delete(id);
    this.notices = this.notices.filter((notice) => notice.id !== id);
    this.host.requestUpdate();
  }

  /** The notices, where the host places them. */
  render() {
    return html`<nd-toast
      .notices=${this.notices}
      @nd-toast-action=${(event: CustomEvent<{ id: number }>) => this.act(event.detail.id)}
      @nd-toast-dismiss=${(event: CustomEvent<{ id: number }>) => this.dismiss(event.detail.id)}
    ></nd-toast>`;
  }

  /** Runs the notice's action, then dismisses it. */
  act(id: number): void {
    const run = this.actions.get(id);
    this.dismiss(id);
    run?.();
  }
}
