/**
 * A suggested deletion: text someone proposes to remove. The text stays in the
 * body until the suggestion is accepted (then it goes) or rejected (then only
 * the mark goes). Shown and exported as `<del data-suggestion-id …>`, parsed
 * ahead of the strike mark's `<del>`. Not inclusive.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

import { suggestionAttributes } from './suggestion-attributes';

export const SuggestedDeletion = Mark.create({
  name: 'suggestedDeletion',
  inclusive: false,

  addAttributes() {
    return suggestionAttributes;
  },

  parseHTML() {
    // Ahead of strike's plain `<del>` rule (priority 50).
    return [{ tag: 'del[data-suggestion-id]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['del', mergeAttributes({ class: 'nd-suggested-deletion' }, HTMLAttributes), 0];
  },
});
