/**
 * Where the desk server keeps its documents, a Hocuspocus extension of the
 * database extension's shape, over a Newsdesk data folder of its own:
 * - every sync update is appended to the article's Yjs log and fsynced before
 *   Hocuspocus applies and acknowledges it, so an acknowledged edit survives a
 *   crash (SIGKILL, power loss);
 * - loading a document reads its Yjs state; an article with none yet (a folder
 *   filled by `desk import`) is seeded from its JSON, with the same seed a
 *   client would make, so the two merge into one copy;
 * - storing (debounced by Hocuspocus, and on unload) compacts the Yjs state
 *   into a snapshot and writes the article JSON through the store, so search,
 *   export and the CLI see what the desk wrote.
 */
import type { beforeHandleMessagePayload, Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';

import type { ArticleStore } from '../main/store/article-store';
import type { YjsStateFiles } from '../main/store/yjs-state-files';
import { articleFromContent, contentOfArticle, sameContent } from '../shared/sync/article-content';
import { readArticleContent, seedOnce } from '../shared/sync/article-doc';
import type { EditorContext } from './desk-guard';
import { readDeskFrame } from './desk-message';
import type { ServerLog } from './server-log';

export class ArticlePersistence implements Extension {
  readonly extensionName = 'ArticlePersistence';
  readonly priority = 100;
  readonly #store: ArticleStore;
  readonly #files: YjsStateFiles;
  readonly #log: ServerLog;
  /** Who sent the last update of each document, for the store line. */
  readonly #lastEditor = new Map<string, string>();
  #stopped = false;

  constructor(store: ArticleStore, files: YjsStateFiles, log: ServerLog) {
    this.#store = store;
    this.#files = files;
    this.#log = log;
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const updates = await this.#files.load(documentName);
    if (updates.length > 0) {
      Y.transact(document, () => updates.forEach((update) => Y.applyUpdate(document, update)), this);
      return;
    }
    if (!this.#store.summary(documentName)) return;
    seedOnce(document, contentOfArticle(await this.#store.read(documentName)), this);
    await this.#files.compact(documentName, Y.encodeStateAsUpdate(document));
  }

  /** Runs after the guard: the update is well formed and within the limits. */
  async beforeHandleMessage({ documentName, update, context }: beforeHandleMessagePayload): Promise<void> {
    const frame = readDeskFrame(update);
    if (!frame.update) return;
    const editor = (context as Partial<EditorContext>).editor;
    if (editor) this.#lastEditor.set(documentName, editor);
    await this.#files.append(documentName, frame.update);
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    if (!this.#stopped) await this.store(documentName, document);
  }

  /** Stores every document once more and then nothing (the server is closing its data folder). */
  async stop(documents: ReadonlyMap<string, Y.Doc>): Promise<void> {
    for (const [name, document] of documents) await this.store(name, document);
    this.#stopped = true;
    await this.#files.idle();
  }

  /** Writes a document's snapshot and, when its article changed, the article JSON. */
  async store(documentName: string, document: Y.Doc): Promise<void> {
    const editor = this.#lastEditor.get(documentName);
    await this.#files.compact(documentName, Y.encodeStateAsUpdate(document));
    let content;
    try {
      content = readArticleContent(document);
    } catch (error) {
      this.#log.refuse(editor, `storing article ${documentName} as JSON`, `${(error as Error).message} The Yjs state is kept.`);
      return;
    }
    if (!content) return;
    const existing = this.#store.summary(documentName) ? await this.#store.read(documentName).catch(() => undefined) : undefined;
    if (existing && sameContent(contentOfArticle(existing), content)) return;
    try {
      await this.#store.write(articleFromContent(documentName, content, new Date().toISOString()));
      this.#log.store(editor, documentName, existing ? 'article updated' : 'new article');
    } catch (error) {
      this.#log.refuse(editor, `storing article ${documentName} as JSON`, `${(error as Error).message} The Yjs state is kept.`);
    }
  }
}
