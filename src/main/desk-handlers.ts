/**
 * createDeskHandlers: the map DeskApi channel → handler that main registers on
 * ipcMain and the browser-test harness calls directly.
 *
 * Every handler checks the sender, validates the payload against the channel's
 * schema, runs the service, and answers with a DeskResult. It never throws:
 * a failure becomes `{ ok: false, error: { code, message } }` a person can read.
 */
import * as v from 'valibot';

import type { NodeJson } from '../shared/article';
import { DeskError } from '../shared/errors';
import { type DeskChannel, type DeskRequest, deskRequestSchemas, type DeskResponse, type DeskResult } from '../shared/ipc/api';
import { describeIssues } from '../shared/validation-issues';
import { editorBody } from './body-policy';
import type { DeskServices } from './desk-services';
import { storageFailure } from './store/storage-failure';

export interface DeskSender {
  /** The URL of the frame that sent the call. */
  url: string;
}

export type DeskHandler = (payload: unknown, sender: DeskSender) => Promise<DeskResult<unknown>>;
export type DeskHandlers = Record<DeskChannel, DeskHandler>;

type Implementations = {
  [C in DeskChannel]: (request: v.InferOutput<(typeof deskRequestSchemas)[C]>) => Promise<DeskResponse<C>>;
};

function implement(services: DeskServices): Implementations {
  const { articles, briefings, speakers, related, revisions, spelling, info } = services;
  return {
    'articles:list': (request) => articles.list(request),
    'articles:page': (request) => services.pages.page(request),
    'articles:rows': async ({ ids }) => services.pages.rows(ids),
    'articles:get': ({ id }) => articles.get(id),
    'articles:create': (fields) => articles.create(fields),
    'articles:update': ({ id, fields }) => services.recovery.save(id, fields, () => articles.update(id, fields)),
    'articles:delete': ({ id }) => articles.remove(id),
    'articles:restore': ({ id }) => articles.restore(id),
    'articles:import-briefing': (request) => briefings.importBriefing(request),
    'articles:import-document': (request) => services.documents.importDocument(request),
    'articles:cancel-import': async () => services.importParser.cancel(),
    'speakers:list': async () => speakers.list(),
    'speakers:create': (request) => speakers.create(request),
    'speakers:update': ({ id, fields }) => speakers.update(id, fields),
    'speakers:merge': ({ fromId, intoId }) => speakers.merge(fromId, intoId),
    'related:search': ({ query, excludeId }) => related.searchHeadlines(query, excludeId),
    'related:linked-from': async ({ id }) => related.linkedFrom(id),
    'revisions:list': ({ articleId }) => revisions.list(articleId),
    'revisions:save': ({ articleId, label }) => revisions.saveVersion(articleId, label),
    'revisions:diff': ({ articleId, fromId, toId }) => revisions.diff(articleId, fromId, toId),
    'revisions:restore': ({ articleId, revisionId }) => revisions.restore(articleId, revisionId),
    'spelling:check': ({ words, language }) => spelling.check(words, language),
    'spelling:suggest': ({ word, language }) => spelling.suggest(word, language),
    'spelling:settings': async () => ({ deskLanguage: await spelling.deskLanguage() }),
    'spelling:set-desk-language': async ({ language }) => ({ deskLanguage: await spelling.setDeskLanguage(language) }),
    'spelling:add': async ({ word }) => {
      await spelling.addToDictionary(word);
      return null;
    },
    'desk:info': async () => info(),
    'settings:get': () => services.settings.read(),
    'settings:update': (patch) => services.settings.update(patch),
    'export:batch': async (request) => {
      const report = await services.exports.exportFromWindow(request);
      services.outside.exported(report.folder);
      return report;
    },
    'articles:empty-trash': async () => ({ removed: await articles.emptyTrash() }),
    'export:show-folder': async () => {
      await services.outside.showExportFolder();
      return null;
    },
    'links:open': async ({ url }) => {
      await services.outside.openWebPage(url);
      return null;
    },
    'export:cancel': async () => services.exports.cancel(),
    'recovery:get': ({ articleId }) => services.recovery.recovered(articleId),
    'recovery:discard': async ({ articleId }) => {
      await services.recovery.discard(articleId);
      return null;
    },
    'media:add': ({ data, fileName }) => services.media.add(data, fileName),
    'media:read': ({ src }) => services.media.read(src),
  };
}

export interface DeskHandlerOptions {
  /** Decides whether a frame may call DeskApi (see sender-policy.ts). */
  isTrustedSender: (url: string) => boolean;
  /** Where unexpected errors are reported (a log); the caller sees a generic message. */
  onUnexpectedError?: (channel: DeskChannel, error: unknown) => void;
}

export function createDeskHandlers(services: DeskServices, options: DeskHandlerOptions): DeskHandlers {
  const implementations = implement(services);
  const handlers = {} as DeskHandlers;
  for (const channel of Object.keys(deskRequestSchemas) as DeskChannel[]) {
    const schema = deskRequestSchemas[channel];
    const run = implementations[channel] as (request: unknown) => Promise<unknown>;
    const handle = async (payload: unknown, sender: DeskSender): Promise<DeskResult<unknown>> => {
      if (!options.isTrustedSender(String(sender?.url ?? ''))) {
        return failure(
          new DeskError(
            'forbidden-sender',
            `Refused "${channel}" from ${describeSender(sender)}: only the Newsdesk window may use the desk.`,
          ),
        );
      }
      const parsed = v.safeParse(schema, payload);
      if (!parsed.success) {
        return failure(new DeskError('invalid-request', `The desk refused "${channel}": ${describeIssues(parsed.issues)}`));
      }
      return { ok: true, value: await run(checkedBodies(withoutUndefined(parsed.output))) };
    };
    // Every failure, from the sender check and validation too (a malformed URL, a RangeError), becomes a result: never a throw.
    handlers[channel] = async (payload, sender) => {
      try {
        return await handle(payload, sender);
      } catch (error) {
        if (error instanceof DeskError) return failure(error);
        const storage = storageFailure(error);
        if (storage) return failure(storage);
        options.onUnexpectedError?.(channel, error);
        return failure(
          new DeskError(
            'internal',
            `Something went wrong in "${channel}" (${describeError(error)}). Your saved work is on disk; try again, and restart Newsdesk if it keeps happening.`,
          ),
        );
      }
    };
  }
  return handlers;
}

/**
 * The request without properties set to `undefined` (top level and one level
 * down, where `fields` live): an optional field sent as undefined means "not
 * sent", never "set it to undefined".
 */
function withoutUndefined(request: unknown): unknown {
  if (!isPlainRecord(request)) return request;
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined) continue;
    clean[key] = isPlainRecord(value) ? Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) : value;
  }
  return clean;
}

/** Checks (and normalises) any article body in the request against the editor's schema. */
function checkedBodies(request: unknown): unknown {
  if (!isPlainRecord(request)) return request;
  const fields = isPlainRecord(request.fields) ? request.fields : request;
  if (fields.body !== undefined) fields.body = editorBody(fields.body as NodeJson);
  return request;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeSender(sender: DeskSender | undefined): string {
  const url = typeof sender?.url === 'string' ? sender.url : '';
  return url ? url.slice(0, 200) : 'an unknown frame';
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}

function failure(error: DeskError): DeskResult<never> {
  return { ok: false, error: error.toData() };
}

export type { DeskRequest };
