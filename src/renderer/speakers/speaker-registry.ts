/**
 * SpeakerRegistry: the renderer's copy of the desk's speaker registry. Every
 * view of speakers (picker, panel, span tooltips) reads this one copy; every
 * change goes through it to main and comes back as a fresh list, announced
 * with a `change` event.
 */
import type { Speaker, SpeakerFields } from '../../shared/speaker';
import { speakerAnswersTo } from '../../shared/speaker';
import { desk } from '../desk';

export interface SpeakerDraft {
  name: string;
  aliases?: string[];
  role?: string;
  organization?: string;
}

export class SpeakerRegistry extends EventTarget {
  speakers: Speaker[] = [];
  private loading: Promise<void> | null = null;

  /** Loads the list (once; `reload` to fetch it again). */
  load(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  async reload(): Promise<void> {
    this.speakers = await desk.listSpeakers({});
    this.dispatchEvent(new Event('change'));
  }

  byId(id: string): Speaker | undefined {
    return this.speakers.find((speaker) => speaker.id === id);
  }

  /** The one speaker answering to `name` by canonical name, else by alias when exactly one does. */
  find(name: string): Speaker | undefined {
    const byName = this.speakers.find((speaker) => speakerAnswersTo({ name: speaker.name, aliases: [] }, name));
    if (byName) return byName;
    const byAlias = this.speakers.filter((speaker) => speakerAnswersTo(speaker, name));
    return byAlias.length === 1 ? byAlias[0] : undefined;
  }

  async create(draft: SpeakerDraft): Promise<Speaker> {
    const speaker = await desk.createSpeaker(draft);
    await this.reload();
    return speaker;
  }

  async update(id: string, fields: SpeakerFields): Promise<Speaker> {
    const speaker = await desk.updateSpeaker({ id, fields });
    await this.reload();
    return speaker;
  }

  async merge(fromId: string, intoId: string): Promise<{ speaker: Speaker; articlesChanged: number }> {
    const result = await desk.mergeSpeakers({ fromId, intoId });
    await this.reload();
    return result;
  }
}
