/**
 * The speakers service: the registry of people the desk quotes, shared by every
 * article. Marks in article bodies carry speaker ids, so a rename shows
 * everywhere at once; a merge moves every span in every article to the
 * surviving speaker and remembers the move, so a body saved later with the old
 * id is mended on save.
 */
import { randomUUID } from 'node:crypto';

import { DeskError } from '../../shared/errors';
import { normalizeName, type Speaker, type SpeakerFields } from '../../shared/speaker';
import { reassignSpeakerSpans, speakerIdsInBody } from '../../shared/speaker-spans';
import type { Clock } from '../ports';
import type { ArticleStore } from '../store/article-store';

export interface NewSpeaker {
  name: string;
  aliases?: string[];
  role?: string;
  organization?: string;
}

export interface MergeResult {
  speaker: Speaker;
  /** How many articles had spans moved. */
  articlesChanged: number;
}

export type SpeakerService = ReturnType<typeof createSpeakerService>;

/** Aliases without duplicates, without the canonical name, in first-seen order. */
function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([normalizeName(name)]);
  return aliases.filter((alias) => {
    const key = normalizeName(alias);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function createSpeakerService(store: ArticleStore, clock: Clock) {
  function requireSpeaker(id: string): Speaker {
    const speaker = store.speaker(id);
    if (!speaker)
      throw new DeskError(
        'not-found',
        `No speaker with id ${id} is in the registry. It may have been merged into another; refresh the speakers panel.`,
      );
    return speaker;
  }

  function refuseDuplicate(name: string, organization: string, exceptId?: string): void {
    const twin = store
      .speakers()
      .find(
        (other) =>
          other.id !== exceptId &&
          normalizeName(other.name) === normalizeName(name) &&
          normalizeName(other.organization) === normalizeName(organization),
      );
    if (twin) {
      const where = twin.organization ? ` (${twin.organization})` : '';
      throw new DeskError(
        'invalid-request',
        `${twin.name}${where} is already in the registry. Pick that speaker, or add an organization to tell the two apart.`,
      );
    }
  }

  return {
    /** Every registry speaker, by name. */
    list(): Speaker[] {
      return store.speakers().sort((a, b) => a.name.localeCompare(b.name));
    },

    async create(fields: NewSpeaker): Promise<Speaker> {
      refuseDuplicate(fields.name, fields.organization ?? '');
      const speaker = this.draft(fields);
      await store.writeSpeaker(speaker);
      return speaker;
    },

    /** A new registry speaker, not yet written (an import writes it with its articles, see ArticleStore.writeBatch). */
    draft({ name, aliases = [], role = '', organization = '' }: NewSpeaker): Speaker {
      const now = clock.now().toISOString();
      return {
        id: randomUUID(),
        name: name.trim(),
        aliases: cleanAliases(name, aliases),
        role,
        organization,
        createdAt: now,
        updatedAt: now,
      };
    },

    /** Renames a speaker or edits its aliases, role or organization; every span follows. */
    async update(id: string, fields: SpeakerFields): Promise<Speaker> {
      const current = requireSpeaker(id);
      const next: Speaker = { ...current, ...fields, updatedAt: clock.now().toISOString() };
      next.aliases = cleanAliases(next.name, next.aliases);
      refuseDuplicate(next.name, next.organization, id);
      await store.writeSpeaker(next);
      return next;
    },

    /**
     * Merges `fromId` into `intoId`: every span in every article (trash too)
     * moves to `intoId`, whose aliases gain the other's name and aliases; `fromId` is removed.
     */
    async merge(fromId: string, intoId: string): Promise<MergeResult> {
      if (fromId === intoId) throw new DeskError('invalid-request', 'A speaker cannot be merged into itself. Pick two different speakers.');
      const from = requireSpeaker(fromId);
      const into = requireSpeaker(intoId);
      let articlesChanged = 0;
      for (const summary of store.summaries().filter((row) => row.speakers.includes(fromId))) {
        await store.modify(summary.id, (article) => {
          const body = reassignSpeakerSpans(article.body, fromId, intoId);
          return { ...article, body, speakers: speakerIdsInBody(body) };
        });
        articlesChanged++;
      }
      const merged: Speaker = {
        ...into,
        aliases: cleanAliases(into.name, [...into.aliases, from.name, ...from.aliases]),
        role: into.role || from.role,
        organization: into.organization || from.organization,
        updatedAt: clock.now().toISOString(),
      };
      await store.mergeSpeaker(fromId, merged);
      return { speaker: merged, articlesChanged };
    },
  };
}
