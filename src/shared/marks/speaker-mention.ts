/**
 * The speaker mention mark: a span of text that names a speaker ("Hong Lei",
 * "the spokesman"). Stored as `data-speaker-id` so copy/paste and HTML export keep it.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

import { speakerIdAttribute } from './speaker-id-attribute';

export interface SpeakerMentionOptions {
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerMention: {
      /** Marks the selection as naming the speaker. */
      setSpeakerMention: (speakerId: string) => ReturnType;
      /** Removes mention marks from the selection. */
      unsetSpeakerMention: () => ReturnType;
    };
  }
}

export const SpeakerMention = Mark.create<SpeakerMentionOptions>({
  name: 'speakerMention',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      speakerId: speakerIdAttribute,
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-speaker-mention]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-speaker-mention': '' }, this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setSpeakerMention:
        (speakerId) =>
        ({ commands }) =>
          commands.setMark(this.name, { speakerId }),
      unsetSpeakerMention:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
