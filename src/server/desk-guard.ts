/**
 * The desk server's gatekeeper, a Hocuspocus extension. Hocuspocus sends
 * nothing of a document before every onAuthenticate hook has passed; this one:
 * - refuses a document name that is not an article id,
 * - refuses a missing or unknown token,
 * - refuses an editor's connection beyond their limit,
 * - refuses an update that would grow a document past its limit (closing that
 *   document's connection only), and a sync update that is not a Yjs update,
 * and logs every connect, disconnect and refusal with the editor's name.
 */
import type {
  afterLoadDocumentPayload,
  afterStoreDocumentPayload,
  afterUnloadDocumentPayload,
  beforeHandleMessagePayload,
  connectedPayload,
  Extension,
  onAuthenticatePayload,
  onDisconnectPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';

import { isArticleDocumentName } from '../shared/sync/document-name';
import { MalformedMessage, readDeskFrame } from './desk-message';
import type { EditorRegistry } from './editor-registry';
import { CLOSE_CODES, Refusal } from './refusal';
import type { ServerLog } from './server-log';

export interface DeskLimits {
  /** Largest WebSocket message accepted, in bytes (enforced by ws's maxPayload). */
  maxMessageBytes: number;
  /** Largest Yjs state of one article, in bytes. */
  maxDocumentBytes: number;
  /** Most document connections one editor may hold at once. */
  maxConnectionsPerEditor: number;
}

export const DEFAULT_LIMITS: DeskLimits = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  maxConnectionsPerEditor: 200,
};

/** What onAuthenticate adds to a connection's context. */
export interface EditorContext {
  editor: string;
}

export class DeskGuard implements Extension {
  readonly extensionName = 'DeskGuard';
  /** Runs before the persistence, so a refused update is never stored. */
  readonly priority = 200;
  readonly #editors: EditorRegistry;
  readonly #limits: DeskLimits;
  readonly #log: ServerLog;
  readonly #connections = new Map<string, number>();
  /**
   * Each loaded document's size: exact on load and after each store, plus every
   * update accepted since. Updates are checked before earlier ones are applied
   * (their fsync is still running), so the document itself cannot tell; an
   * update that repeats known items counts twice until the next store.
   */
  readonly #documentBytes = new Map<string, number>();

  constructor(editors: EditorRegistry, limits: DeskLimits, log: ServerLog) {
    this.#editors = editors;
    this.#limits = limits;
    this.#log = log;
  }

  async onAuthenticate({ documentName, token }: onAuthenticatePayload): Promise<EditorContext> {
    const editor = token ? this.#editors.editorOfToken(token) : undefined;
    const refuse = (reason: string): never => {
      this.#log.refuse(editor?.name, `article ${JSON.stringify(documentName.slice(0, 80))}`, reason);
      throw new Refusal(reason);
    };
    if (!token) refuse('missing-token: this desk needs a token; set yours in the desk settings');
    if (!editor) refuse('unknown-token: no editor of this desk has that token; ask the desk chief for yours');
    if (!isArticleDocumentName(documentName)) refuse('not-an-article: document names on this desk are article ids');
    const name = editor!.name;
    const open = this.#connections.get(name) ?? 0;
    if (open >= this.#limits.maxConnectionsPerEditor) {
      refuse(`too-many-connections: ${name} already has ${open} open; close some articles and retry`);
    }
    this.#connections.set(name, open + 1);
    return { editor: name };
  }

  async connected({ documentName, context, instance }: connectedPayload): Promise<void> {
    const clients = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
    this.#log.connect((context as EditorContext).editor, documentName, clients);
  }

  async onDisconnect({ documentName, context, clientsCount }: onDisconnectPayload): Promise<void> {
    const { editor } = context as Partial<EditorContext>;
    if (!editor) return;
    this.#connections.set(editor, Math.max(0, (this.#connections.get(editor) ?? 1) - 1));
    this.#log.disconnect(editor, documentName, clientsCount);
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    this.#documentBytes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
  }

  async afterStoreDocument({ documentName, document }: afterStoreDocumentPayload): Promise<void> {
    this.#documentBytes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.#documentBytes.delete(documentName);
  }

  async beforeHandleMessage({ documentName, update, context }: beforeHandleMessagePayload): Promise<void> {
    const editor = (context as Partial<EditorContext>).editor;
    let frame;
    try {
      frame = readDeskFrame(update, true);
    } catch (error) {
      if (!(error instanceof MalformedMessage)) throw error;
      this.#log.refuse(editor, `a message for article ${documentName}`, error.message);
      throw new Refusal(`malformed-message: ${error.message}`.slice(0, 123), CLOSE_CODES.malformed);
    }
    if (!frame.update) return;
    const size = (this.#documentBytes.get(documentName) ?? 0) + frame.update.byteLength;
    if (size > this.#limits.maxDocumentBytes) {
      const reason = `document-too-large: article ${documentName} would pass ${this.#limits.maxDocumentBytes} bytes; split the story`;
      this.#log.refuse(editor, `an update of ${frame.update.byteLength} bytes`, reason);
      throw new Refusal(reason.slice(0, 123), CLOSE_CODES.tooLarge);
    }
    this.#documentBytes.set(documentName, size);
  }
}
