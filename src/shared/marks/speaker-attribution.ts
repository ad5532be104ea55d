/**
 * The attribution mark: a span a speaker said — `direct` (a quotation) or
 * `paraphrase` (indirect speech). Stored as `data-speaker-id` and
 * `data-attribution` so copy/paste and HTML export keep it.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

import { speakerIdAttribute } from './speaker-id-attribute';

export const ATTRIBUTION_KINDS = ['direct', 'paraphrase'] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

export interface SpeakerAttributionOptions {
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerAttribution: {
      /** Attributes the selection to the speaker, as a quotation or a paraphrase. */
      setAttribution: (speakerId: string, kind: AttributionKind) => ReturnType;
      /** Removes attribution marks from the selection. */
      unsetAttribution: () => ReturnType;
    };
  }
}

function readKind(element: HTMLElement): AttributionKind {
  const kind = element.getAttribute('data-attribution');
  return kind === 'paraphrase' ? 'paraphrase' : 'direct';
}

export const SpeakerAttribution = Mark.create<SpeakerAttributionOptions>({
  name: 'speakerAttribution',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      speakerId: speakerIdAttribute,
      kind: {
        default: 'direct',
        parseHTML: readKind,
        renderHTML: (attributes) => ({ 'data-attribution': attributes.kind }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-attribution]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setAttribution:
        (speakerId, kind) =>
        ({ commands }) =>
          commands.setMark(this.name, { speakerId, kind }),
      unsetAttribution:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
