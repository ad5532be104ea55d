/**
 * The attributes every suggestion mark carries: which suggestion it belongs to
 * (`id`; a replacement is a deletion and an insertion sharing one id), who
 * suggested it (`author`, the desk's display name) and when (`at`, ISO 8601).
 * Kept in HTML as `data-suggestion-id`, `data-author` and `data-at`.
 */
import type { Attributes } from '@tiptap/core';

/** The names of the suggestion marks, in the schema's order. */
export const SUGGESTION_MARK_TYPES = ['suggestedDeletion', 'suggestedInsertion', 'suggestedFormat'] as const;
export type SuggestionMarkType = (typeof SUGGESTION_MARK_TYPES)[number];

/** What a suggestion mark says about its suggestion. */
export interface SuggestionAttrs {
  id: string;
  author: string;
  at: string;
}

function textAttribute(name: string, htmlName: string): Attributes[string] {
  return {
    default: '',
    parseHTML: (element) => element.getAttribute(htmlName) ?? '',
    renderHTML: (attributes) => ({ [htmlName]: String(attributes[name] ?? '') }),
  };
}

export const suggestionAttributes: Attributes = {
  id: textAttribute('id', 'data-suggestion-id'),
  author: textAttribute('author', 'data-author'),
  at: textAttribute('at', 'data-at'),
};
