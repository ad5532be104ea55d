/**
 * createEditor: the body editor of an article, mounted into an element that may
 * sit in a shadow root. Tiptap's CSS injection is off (it would go into
 * document.head, outside the shadow root, and the CSP forbids inline styles);
 * editor/body.styles.ts carries the .ProseMirror rules instead.
 *
 * The editor knows no feature: its host passes the whole extension list
 * (article/body-extensions.ts for the article body).
 */
import { type AnyExtension, Editor } from '@tiptap/core';

import type { NodeJson } from '../../shared/article';
import { sanitizePastedHtml } from './paste-sanitizer';
import { guardPasteSize } from './paste-size-guard';

export interface EditorSetup {
  /** Every extension of this editor, schema included. */
  extensions: AnyExtension[];
  /** The element the editable body is mounted in. */
  element: HTMLElement;
  /** The body to open with. */
  content: NodeJson;
  /** Accessible name of the editable body. */
  label: string;
  /** Called, instead of pasting, with the size in characters of a paste too large to take (paste-size-guard.ts). */
  onPasteTooLarge?: (characters: number) => void;
}

export function createEditor(setup: EditorSetup): Editor {
  return new Editor({
    element: setup.element,
    extensions: setup.extensions,
    content: setup.content,
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': setup.label,
        // The desk's own spellcheck underlines misspellings (revising/spellcheck.ts); the browser's would double them.
        spellcheck: 'false',
        class: 'body-text',
        // Mod+E is inline code here; elsewhere on the desk it opens Export (nd-app).
        'data-claims-keys': 'Mod+E',
      },
      // Pasted HTML keeps its structure, never its scripts, handlers or styles.
      transformPastedHTML: (html) => sanitizePastedHtml(html),
      handleDOMEvents: {
        paste: (_view, event) => guardPasteSize(event, (characters) => setup.onPasteTooLarge?.(characters)),
      },
    },
  });
}
