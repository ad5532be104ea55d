/**
 * A suggested insertion: text someone proposes to add. Accepting it keeps the
 * text (the mark goes), rejecting it removes the text. Shown and exported as
 * `<ins data-suggestion-id …>`. Not inclusive: typing next to it outside
 * suggest mode does not join the suggestion.
 */
import { Mark, mergeAttributes } from '@tiptap/core';

import { suggestionAttributes } from './suggestion-attributes';

export const SuggestedInsertion = Mark.create({
  name: 'suggestedInsertion',
  inclusive: false,

  addAttributes() {
    return suggestionAttributes;
  },

  parseHTML() {
    // Ahead of underline's plain `<ins>` rule (priority 50).
    return [{ tag: 'ins[data-suggestion-id]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['ins', mergeAttributes({ class: 'nd-suggested-insertion' }, HTMLAttributes), 0];
  },
});
