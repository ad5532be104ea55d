/**
 * NoticeController: the app's queue of toasts, as a Lit reactive controller.
 * A notice may carry one action; info and warning notices leave by themselves,
 * errors stay until dismissed (a person must get to read them).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Notice } from './nd-toast';

export interface NoticeOptions {
  details?: string[];
  action?: { label: string; run: () => void };
  /** Milliseconds before it leaves; 0 keeps it until dismissed. */
  timeout?: number;
}

const DEFAULT_TIMEOUTS: Record<Notice['kind'], number> = { info: 6_000, warning: 15_000, error: 0 };
const MAX_NOTICES = 4;

export class NoticeController implements ReactiveController {
  notices: Notice[] = [];

  private nextId = 1;
  private readonly actions = new Map<number, () => void>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }

  /** Shows a notice and returns its id. */
  show(kind: Notice['kind'], message: string, options: NoticeOptions = {}): number {
    const id = this.nextId++;
    this.notices = [...this.notices, { id, kind, message, details: options.details, actionLabel: options.action?.label }];
    if (options.action) this.actions.set(id, options.action.run);
    const timeout = options.timeout ?? DEFAULT_TIMEOUTS[kind];
    if (timeout > 0) this.timers.set(id, setTimeout(() => this.dismiss(id), timeout));
    while (this.notices.length > MAX_NOTICES) this.dismiss(this.notices[0].id);
    this.host.requestUpdate();
    return id;
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.actions.delete(id);
    this.notices = this.notices.filter((notice) => notice.id !== id);
    this.host.requestUpdate();
  }

  /** Runs the notice's action, then dismisses it. */
  act(id: number): void {
    const run = this.actions.get(id);
    this.dismiss(id);
    run?.();
  }
}
