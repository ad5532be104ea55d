/**
 * A suggested formatting change: the formatting marks named in `add` were put
 * on the text and those in `remove` taken off it, as a proposal. The text shows
 * the proposed formatting; accepting drops this mark, rejecting takes the
 * `add` marks off again and puts the `remove` marks back. Kept in HTML as
 * `<span data-suggested-format data-add="bold" data-remove="italic">`.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

import { suggestionAttributes } from './suggestion-attributes';

function markNamesAttribute(name: 'add' | 'remove'): {
  default: string[];
  parseHTML: (element: HTMLElement) => string[];
  renderHTML: (attributes: Record<string, unknown>) => Record<string, string>;
} {
  return {
    default: [],
    parseHTML: (element) => (element.getAttribute(`data-${name}`) ?? '').split(/\s+/).filter(Boolean),
    renderHTML: (attributes) => ({ [`data-${name}`]: Array.isArray(attributes[name]) ? attributes[name].join(' ') : '' }),
  };
}

export const SuggestedFormat = Mark.create({
  name: 'suggestedFormat',
  inclusive: false,

  addAttributes() {
    return { ...suggestionAttributes, add: markNamesAttribute('add'), remove: markNamesAttribute('remove') };
  },

  parseHTML() {
    return [{ tag: 'span[data-suggested-format]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-suggested-format': '', class: 'nd-suggested-format' }, HTMLAttributes), 0];
  },
});
