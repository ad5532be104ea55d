/** The `speakerId` attribute both speaker marks carry, kept as `data-speaker-id` in HTML. */
import type { Attribute } from '@tiptap/core';

export const speakerIdAttribute: Attribute = {
  default: null,
  parseHTML: (element) => element.getAttribute('data-speaker-id'),
  renderHTML: (attributes) => ({ 'data-speaker-id': attributes.speakerId }),
};
