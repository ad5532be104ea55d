/**
 * ArticleSaver, the autosave behind <nd-editor>: edits are saved `delay` ms
 * after the last one, one save at a time, a failure keeps every edit for the
 * next try, and `flush()` (Ctrl+S, leaving an article) resolves true only
 * once everything is stored. nd-app flushes before it opens another article.
 */
import type { ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ArticleSaver, type SaveState } from '../../../../src/renderer/article/article-saver';
import { type Article, type ArticleFields, emptyBody } from '../../../../src/shared/article';
import { type Deferred, deferred } from '../../../support/deferred';

const DELAY = 500; // the default quiet time: nd-editor passes no `delay`

/** What main replies to a save: the stored article with the fields sent. */
function storedArticle(id: string, fields: ArticleFields): Article {
  return {
    id,
    slug: id,
    headline: '',
    dateline: '',
    byline: '',
    status: 'draft',
    body: emptyBody(),
    related: [],
    speakers: [],
    createdAt: '2024-03-04T09:00:00.000Z',
    updatedAt: '2024-03-04T09:00:00.000Z',
    wordCount: 0,
    ...fields,
  };
}

/** A saver on a bare host with `article-1` open, whose saves to main wait until the test answers them. */
function setUp({ open = 'article-1' }: { open?: string | null } = {}) {
  const saves: { id: string; fields: ArticleFields; reply: Deferred<Article> }[] = [];
  const states: SaveState[] = [];
  let sent: () => unknown = () => undefined;
  let rendered: () => void = () => undefined;
  const save = vi.fn((id: string, fields: ArticleFields) => {
    const reply = deferred<Article>();
    saves.push({ id, fields, reply });
    sent();
    return reply.promise;
  });
  const onSaved = vi.fn<(article: Article) => void>();
  const host: ReactiveControllerHost = {
    addController: vi.fn(),
    removeController: vi.fn(),
    requestUpdate() {
      states.push(saver.state);
      rendered();
    },
    updateComplete: Promise.resolve(true),
  };
  const saver = new ArticleSaver(host, { save, onSaved });
  if (open) saver.open(open);
  /** Resolves once main has been sent `count` saves in all. */
  const sentSaves = (count: number) =>
    new Promise<void>((resolve) => {
      sent = () => saves.length >= count && resolve();
      sent();
    });
  /** Answers save `index` and waits for the host's re-render: the saver's signal that its state changed. */
  const answer = (stored: boolean) => async (index: number) => {
    const render = new Promise<void>((resolve) => (rendered = resolve));
    const { id, fields, reply } = saves[index];
    if (stored) reply.resolve(storedArticle(id, fields));
    else reply.reject(new Error('The data folder is read-only.'));
    await render;
  };
  return { saver, saves, save, onSaved, states, sentSaves, succeed: answer(true), fail: answer(false) };
}

/** The window the saver listens to for `pagehide` (Node has none). */
function stubWindow() {
  const page = new EventTarget();
  vi.stubGlobal('window', page);
  return page;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('autosave', () => {
  it('saves the delay after the last edit, not before', () => {
    const { saver, saves } = setUp();
    saver.change({ headline: 'Floods close the ring road' });
    expect(saver.state).toBe('pending');
    expect(saver.hasUnsavedChanges).toBe(true);
    vi.advanceTimersByTime(DELAY - 1);
    expect(saves).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(saves).toHaveLength(1);
    expect(saves[0]).toEqual(expect.objectContaining({ id: 'article-1', fields: { headline: 'Floods close the ring road' } }));
    expect(saver.state).toBe('saving');
  });

  it('waits while the editor keeps typing: each edit starts the delay again', () => {
    const { saver, saves } = setUp();
    saver.change({ headline: 'Floods' });
    vi.advanceTimersByTime(DELAY - 100);
    saver.change({ headline: 'Floods close' });
    vi.advanceTimersByTime(DELAY - 100);
    expect(saves).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(saves).toHaveLength(1);
  });

  it('sends all edits made meanwhile in one save, the latest value of a field winning', () => {
    const { saver, saves } = setUp();
    saver.change({ headline: 'Floods' });
    saver.change({ byline: 'Ana Ruiz' });
    saver.change({ headline: 'Floods close the ring road' });
    vi.advanceTimersByTime(DELAY);
    expect(saves).toHaveLength(1);
    expect(saves[0].fields).toEqual({ headline: 'Floods close the ring road', byline: 'Ana Ruiz' });
  });

  it('reports saved, hands main’s stored article on, and re-renders the host at every step', async () => {
    const { saver, onSaved, states, succeed } = setUp();
    saver.change({ status: 'editing' });
    vi.advanceTimersByTime(DELAY);
    await succeed(0);
    expect(saver.state).toBe('saved');
    expect(saver.hasUnsavedChanges).toBe(false);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'article-1', status: 'editing' }));
    expect(states).toEqual(['idle', 'pending', 'saving', 'saved']);
  });

  it('sends one save at a time: edits made during a save go out in the next one, alone', async () => {
    const { saver, saves, sentSaves, succeed } = setUp();
    saver.change({ headline: 'Floods' });
    vi.advanceTimersByTime(DELAY);
    saver.change({ byline: 'Ana Ruiz' });
    expect(saver.state).toBe('saving');
    vi.advanceTimersByTime(DELAY);
    expect(saves).toHaveLength(1);
    await succeed(0);
    await sentSaves(2);
    expect(saves[1].fields).toEqual({ byline: 'Ana Ruiz' });
    expect(saver.state).toBe('saving');
  });
});

describe('flush', () => {
  it('saves at once and resolves true when the edits are stored', async () => {
    const { saver, saves, succeed } = setUp();
    saver.change({ headline: 'Floods' });
    const flushed = saver.flush();
    expect(saves).toHaveLength(1);
    await succeed(0);
    await expect(flushed).resolves.toBe(true);
    vi.advanceTimersByTime(DELAY);
    expect(saves).toHaveLength(1);
  });

  it('resolves only once edits typed during the save are stored too', async () => {
    const { saver, saves, sentSaves, succeed } = setUp();
    saver.change({ headline: 'Floods' });
    let result: boolean | undefined;
    const flushed = saver.flush().then((saved) => (result = saved));
    saver.change({ byline: 'Ana Ruiz' });
    await succeed(0);
    await sentSaves(2);
    expect(result).toBeUndefined();
    expect(saves[1].fields).toEqual({ byline: 'Ana Ruiz' });
    await succeed(1);
    await expect(flushed).resolves.toBe(true);
  });
});

describe('when a save fails', () => {
  it('reports the error in main’s words and flush resolves false', async () => {
    const { saver, saves } = setUp();
    saver.change({ headline: 'Floods' });
    const flushed = saver.flush();
    saves[0].reply.reject(new Error('The data folder is read-only.'));
    await expect(flushed).resolves.toBe(false);
    expect(saver.state).toBe('error');
    expect(saver.error).toBe('The data folder is read-only.');
    expect(saver.hasUnsavedChanges).toBe(true);
  });

  it('sends the failed edits again on Retry (flush), and clears the error once stored', async () => {
    const { saver, saves, sentSaves, fail, succeed } = setUp();
    saver.change({ headline: 'Floods', byline: 'Ana Ruiz' });
    vi.advanceTimersByTime(DELAY);
    await fail(0);
    const retried = saver.flush();
    await sentSaves(2);
    expect(saves[1].fields).toEqual({ headline: 'Floods', byline: 'Ana Ruiz' });
    await succeed(1);
    await expect(retried).resolves.toBe(true);
    expect(saver.state).toBe('saved');
    expect(saver.error).toBe('');
  });

  it('sends the failed edits with the next one, the newer value of a field winning', async () => {
    const { saver, saves, sentSaves, fail } = setUp();
    saver.change({ headline: 'Floods', byline: 'Ana Ruiz' });
    vi.advanceTimersByTime(DELAY);
    await fail(0);
    saver.change({ headline: 'Floods close the ring road' });
    vi.advanceTimersByTime(DELAY);
    await sentSaves(2);
    expect(saves[1].fields).toEqual({ headline: 'Floods close the ring road', byline: 'Ana Ruiz' });
  });

  it('keeps edits typed during the failed save over the failed ones', async () => {
    const { saver, saves, sentSaves, fail } = setUp();
    saver.change({ headline: 'Floods' });
    vi.advanceTimersByTime(DELAY);
    saver.change({ headline: 'Floods close the ring road' });
    await fail(0);
    void saver.flush();
    await sentSaves(2);
    expect(saves[1].fields).toEqual({ headline: 'Floods close the ring road' });
  });
});

describe('switching articles', () => {
  it('records nothing while no article is open', async () => {
    const { saver, save } = setUp({ open: null });
    saver.change({ headline: 'Floods' });
    vi.advanceTimersByTime(DELAY);
    await expect(saver.flush()).resolves.toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('drops the previous article’s edits that were not flushed before another was opened', () => {
    const { saver, saves } = setUp();
    saver.change({ headline: 'Floods' });
    saver.open('article-2');
    vi.advanceTimersByTime(DELAY);
    expect(saves).toHaveLength(0);
    expect(saver.state).toBe('idle');
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('saves each article’s edits under its own id when flushed before switching', async () => {
    const { saver, saves, succeed } = setUp();
    saver.change({ headline: 'Floods' });
    const flushed = saver.flush();
    await succeed(0);
    await flushed;
    saver.open('article-2');
    saver.change({ headline: 'Mayor resigns' });
    vi.advanceTimersByTime(DELAY);
    expect(saves.map(({ id, fields }) => [id, fields.headline])).toEqual([
      ['article-1', 'Floods'],
      ['article-2', 'Mayor resigns'],
    ]);
  });

  it('leaves the new article’s state alone when the previous article’s save finishes late', async () => {
    const { saver, saves, onSaved } = setUp();
    saver.change({ headline: 'Floods' });
    vi.advanceTimersByTime(DELAY);
    saver.open('article-2');
    saves[0].reply.resolve(storedArticle('article-1', saves[0].fields));
    await expect(saver.flush()).resolves.toBe(true);
    expect(saver.state).toBe('idle');
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'article-1' }));
  });

  it('neither marks the new article failed nor sends it the old one’s edits when the previous article’s save fails late', async () => {
    const { saver, saves, sentSaves, succeed } = setUp();
    saver.change({ headline: 'Floods' });
    vi.advanceTimersByTime(DELAY);
    saver.open('article-2');
    saver.change({ byline: 'Ana Ruiz' });
    const flushed = saver.flush();
    saves[0].reply.reject(new Error('The data folder is read-only.'));
    await sentSaves(2);
    expect(saves[1]).toEqual(expect.objectContaining({ id: 'article-2', fields: { byline: 'Ana Ruiz' } }));
    expect(saver.state).toBe('saving');
    expect(saver.error).toBe('');
    await succeed(1);
    await expect(flushed).resolves.toBe(true);
    expect(saver.state).toBe('saved');
  });
});

describe('leaving the page', () => {
  it('sends what is waiting when the window closes or reloads', () => {
    const page = stubWindow();
    const { saver, saves } = setUp();
    saver.hostConnected();
    saver.change({ headline: 'Floods' });
    page.dispatchEvent(new Event('pagehide'));
    expect(saves).toHaveLength(1);
  });

  it('sends what is waiting when the editor is removed, and stops listening to the window', async () => {
    const page = stubWindow();
    const { saver, saves, succeed } = setUp();
    saver.hostConnected();
    saver.change({ headline: 'Floods' });
    saver.hostDisconnected();
    expect(saves).toHaveLength(1);
    const stored = saver.flush();
    await succeed(0);
    await stored;
    saver.change({ byline: 'Ana Ruiz' });
    page.dispatchEvent(new Event('pagehide'));
    expect(saves).toHaveLength(1);
  });
});
