/**
 * BriefingPaste: hands a pasted whole briefing (headline, then a datelined
 * paragraph) to the desk instead of pasting it as text, when the caller says
 * the article can take it (an empty article). Any other paste is left to
 * ProseMirror, untouched.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

import { isWholeBriefing } from '../../shared/briefing-parser';

export interface BriefingPasteOptions {
  /**
   * Called with the pasted plain text when it is a whole briefing. Return true
   * when the desk takes it (the paste is then cancelled), false to paste as text.
   */
  onBriefing: (text: string) => boolean;
}

const briefingPasteKey = new PluginKey('briefingPaste');

export const BriefingPaste = Extension.create<BriefingPasteOptions>({
  name: 'briefingPaste',

  addOptions() {
    return { onBriefing: () => false };
  },

  addProseMirrorPlugins() {
    const { onBriefing } = this.options;
    return [
      new Plugin({
        key: briefingPasteKey,
        props: {
          handlePaste(_view, event) {
            const text = event.clipboardData?.getData('text/plain') ?? '';
            if (!isWholeBriefing(text)) return false;
            if (!onBriefing(text)) return false;
            event.preventDefault();
            return true;
          },
        },
      }),
    ];
  },
});
